import type { LockfileFormat } from './types.js';
import { goModFormat } from './go-mod.js';
import { cargoFormat } from './cargo.js';
import { gemfileFormat } from './gemfile.js';
import { composerFormat } from './composer.js';
import { githubActionsFormat } from './github-actions.js';
import { requirementsFormat } from './python/requirements.js';
import { poetryFormat } from './python/poetry.js';
import { pipfileFormat } from './python/pipfile.js';
import { uvFormat } from './python/uv.js';
import { pdmFormat } from './python/pdm.js';
import { nugetFormat } from './nuget.js';
import { gradleFormat } from './gradle.js';
import { mavenFormat } from './maven.js';
import { pubFormat } from './pub.js';
import { swiftFormat } from './swift.js';
import { npmLockfile } from './npm.js';
import { bunBinaryLockfile, bunLockfile } from './bun.js';
import { pnpmLockfile } from './pnpm.js';
import { yarnFormat } from './yarn.js';
import { dockerfileFormat } from './dockerfile.js';
import { composeFormat } from './compose.js';

/** Every format we read; the first whose `matches` accepts a path claims it. */
export const FORMATS: readonly LockfileFormat[] = [
  goModFormat,
  cargoFormat,
  gemfileFormat,
  composerFormat,
  githubActionsFormat,
  requirementsFormat,
  poetryFormat,
  pipfileFormat,
  uvFormat,
  pdmFormat,
  nugetFormat,
  gradleFormat,
  mavenFormat,
  pubFormat,
  swiftFormat,
  npmLockfile,
  bunLockfile,
  bunBinaryLockfile,
  pnpmLockfile,
  yarnFormat,
  dockerfileFormat,
  composeFormat,
];

/** The format that reads a root-relative path, or undefined when it is not a lockfile we know. */
export function findFormat(path: string): LockfileFormat | undefined {
  return FORMATS.find((format) => format.matches(path));
}

export { LockfileParseError } from './errors.js';
export type * from './types.js';
