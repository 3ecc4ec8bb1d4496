// The lazy registry decides which files are lockfiles without loading a parser; each parser module
// still states its own id, ecosystem, file rule and manifests. They must agree, path for path.
import { readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMATS, findFormat, loadFormat } from '../../src/lockfiles/index.js';

function filesUnder(root: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(relative(root, join(entry.parentPath, entry.name)).replaceAll('\\', '/'));
  }
  return out;
}

const TRICKY = [
  'package-lock.json',
  'node_modules/x/package-lock.json',
  'web/node_modules/x/npm-shrinkwrap.json',
  'package-lock.json.orig',
  'node_modules/x/bun.lock',
  'apps/web/bun.lockb',
  'pnpm-lock.yml',
  'pnpm-workspace.yaml',
  '.github/workflows/ci.yml',
  '.github/workflows/nested/ci.yml',
  '.github/actions/setup/action.yaml',
  '.github/dependabot.yml',
  'Requirements/DEV.TXT',
  'requirements/base.txt',
  'dev-requirements.txt',
  'requirements.in',
  'packages.App_Core.lock.json',
  'Packages/packages-lock.json',
  'lib/gradle/dependency-locks/compileClasspath.lockfile',
  'other.lockfile',
  'App.xcworkspace/xcshareddata/swiftpm/Package.resolved',
  'gems.locked',
  'go.sum',
  'pom.xml.bak',
];

describe('lockfile registry', () => {
  it('loads, for every entry, the parser module of the same id and ecosystem', async () => {
    for (const entry of FORMATS) {
      const format = await entry.load();
      expect([format.id, format.ecosystem]).toEqual([entry.id, entry.ecosystem]);
    }
    expect(new Set(FORMATS.map((f) => f.id)).size).toBe(FORMATS.length);
  });

  it('claims exactly the paths the parser modules claim, and asks for the same manifests', async () => {
    const paths = [...TRICKY, ...filesUnder(resolve('test/fixtures'))];
    const loaded = await Promise.all(FORMATS.map((entry) => entry.load()));
    let lockfiles = 0;
    for (const path of paths) {
      const entry = findFormat(path);
      const module = loaded.find((format) => format.matches(path));
      expect(entry?.id, path).toBe(module?.id);
      if (!entry || !module) continue;
      lockfiles++;
      expect(entry.manifests?.(path) ?? [], path).toEqual(module.manifests?.(path) ?? []);
      expect((await loadFormat(path))?.id).toBe(entry.id);
    }
    // The walk saw real lockfiles of every format, not only names that match nothing.
    expect(lockfiles).toBeGreaterThan(FORMATS.length);
    for (const entry of FORMATS)
      expect(
        paths.some((p) => findFormat(p) === entry),
        entry.id,
      ).toBe(true);
  });
});
