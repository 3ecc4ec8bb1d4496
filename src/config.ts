import * as core from '@actions/core';
import { DEFAULT_MAX_LOCKFILE_BYTES } from './lockfiles/errors.js';

/** Bad action input: the message names the input and the fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface ActionConfig {
  token: string;
  /** Which changes are listed and gated: only direct ones (unknowable counts as direct) or all. */
  scope: 'direct' | 'all';
  ignore: string[];
  maxLockfileBytes: number;
  apiUrl: string;
}

function readChoice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const value = core.getInput(name).trim();
  if (value === '') return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new ConfigError(`input "${name}" must be one of ${allowed.join(', ')}; got "${value}"`);
}

/** The one reader of the action's inputs; everything downstream takes the typed result. */
export function readActionConfig(env: NodeJS.ProcessEnv = process.env): ActionConfig {
  const token = core.getInput('token');
  if (token === '') {
    throw new ConfigError(
      'input "token" is empty: leave it unset to use github.token, or pass a token with contents: read',
    );
  }
  const rawMax = core.getInput('max-lockfile-bytes').trim();
  const maxLockfileBytes = rawMax === '' ? DEFAULT_MAX_LOCKFILE_BYTES : Number(rawMax);
  if (!Number.isSafeInteger(maxLockfileBytes) || maxLockfileBytes <= 0) {
    throw new ConfigError(
      `input "max-lockfile-bytes" must be a positive whole number of bytes; got "${rawMax}"`,
    );
  }
  return {
    token,
    scope: readChoice('scope', ['direct', 'all'] as const, 'all'),
    ignore: core.getMultilineInput('ignore').filter((line) => line.trim() !== ''),
    maxLockfileBytes,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
  };
}
