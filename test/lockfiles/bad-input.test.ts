// Bad input across formats: a clear error naming file and line, never a crash, never a silent pass.
import { describe, expect, it } from 'vitest';
import { diffInventories } from '../../src/inventory/diff.js';
import { buildInventory } from '../../src/inventory/inventory.js';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { findFormat } from '../support/all-formats.js';

function parseError(path: string, text: string): LockfileParseError {
  const format = findFormat(path);
  if (!format) throw new Error(`no format for ${path}`);
  try {
    format.parse({ path, text });
  } catch (error) {
    expect(error).toBeInstanceOf(LockfileParseError);
    return error as LockfileParseError;
  }
  throw new Error(`${path} parsed without error`);
}

describe('bad input', () => {
  it.each([
    [
      'app/package-lock.json',
      '{\n  "lockfileVersion": 3,\n  "packages": {\n    "": { "name": "x" }\n    "node_modules/a": {}\n  }\n}\n',
      5,
    ],
    [
      'bun.lock',
      '{\n  "lockfileVersion": 1,\n  "workspaces": {\n    "": {\n      "name": "x",\n    }}},\n}\n',
      undefined,
    ],
    [
      'pnpm-lock.yaml',
      "lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      a: {specifier: ^1, version: 1.0.0\n",
      undefined,
    ],
    [
      'yarn.lock',
      '__metadata:\n  version: 8\n\n"a@npm:^1":\n  version: 1.0.0\n   resolution: "a@npm:1.0.0"\n',
      undefined,
    ],
  ])('%s: invalid syntax names the file and a line', (path, text, line) => {
    const error = parseError(path, text);
    expect(error.file).toBe(path);
    expect(error.line).toBeTypeOf('number');
    if (line !== undefined) expect(error.line).toBe(line);
    expect(error.message.startsWith(`${path}:${error.line}: `)).toBe(true);
  });

  it.each([
    ['package-lock.json', '{"lockfileVersion": 4, "packages": {}}', /4.*supported.*1, 2, 3/s],
    ['package-lock.json', '{"name": "x"}', /lockfileVersion/],
    ['pnpm-lock.yaml', "lockfileVersion: '10.0'\n", /10\.0.*supported/s],
    ['yarn.lock', '__metadata:\n  version: 11\n', /11.*4 to 10/s],
    ['Cargo.lock', 'version = 9\n', /9.*supported/s],
    ['poetry.lock', '[metadata]\nlock-version = "9.0"\n', /9\.0.*supported/s],
  ])('%s: an unknown version is named with the supported ones', (path, text, message) => {
    expect(parseError(path, text).message).toMatch(message);
  });

  it('refuses the binary bun.lockb with the command that migrates it', () => {
    expect(parseError('bun.lockb', '\u0000\u0001binary').message).toMatch(/bun install --save-text-lockfile/);
  });

  it('keeps __proto__ and constructor package names as data', async () => {
    // Written as text: an object literal's `__proto__` key would set a prototype, not a property.
    const lock = (version: string): string =>
      `{"lockfileVersion": 3, "packages": {` +
      `"": {"name": "x", "dependencies": {"__proto__": "${version}", "constructor": "${version}"}},` +
      `"node_modules/__proto__": {"version": "${version}"},` +
      `"node_modules/constructor": {"version": "${version}"}}}`;
    const base = await buildInventory([{ path: 'package-lock.json', text: lock('1.0.0') }]);
    const head = await buildInventory([{ path: 'package-lock.json', text: lock('2.0.0') }]);
    expect(base.lockfiles[0]!.packages.map((p) => [p.name, p.direct])).toEqual([
      ['__proto__', true],
      ['constructor', true],
    ]);
    const names = diffInventories(base, head).changes.map((c) => `${c.name} ${c.from}->${c.to}`);
    expect(names).toEqual(['__proto__ 1.0.0->2.0.0', 'constructor 1.0.0->2.0.0']);
    expect(({} as Record<string, unknown>).version).toBeUndefined();
  });

  it('handles a 50 MB lockfile without crashing', async () => {
    const packages: Record<string, unknown> = {
      '': { name: 'big', dependencies: {} as Record<string, string> },
    };
    const root = packages[''] as { dependencies: Record<string, string> };
    let i = 0;
    let size = 0;
    while (size < 50 * 1024 * 1024) {
      const name = `pkg-${i.toString(36)}`;
      if (i % 10 === 0) root.dependencies[name] = `^1.${i}.0`;
      const entry = {
        version: `1.${i}.0`,
        resolved: `https://registry.example/${name}/-/${name}-1.${i}.0.tgz`,
        integrity: `sha512-${'A'.repeat(86)}==`,
        license: 'MIT',
        dependencies: { [`pkg-${(i + 1).toString(36)}`]: '^1.0.0' },
      };
      packages[`node_modules/${name}`] = entry;
      size += JSON.stringify(entry).length + name.length + 20;
      i++;
    }
    const text = JSON.stringify({ name: 'big', lockfileVersion: 3, requires: true, packages }, null, 2);
    expect(text.length).toBeGreaterThan(50 * 1024 * 1024);
    const inventory = await buildInventory([{ path: 'package-lock.json', text }]);
    expect(inventory.lockfiles[0]!.packages).toHaveLength(i);
    expect(inventory.lockfiles[0]!.packages.filter((p) => p.direct)).toHaveLength(Math.ceil(i / 10));
    expect(diffInventories(inventory, inventory).changes).toEqual([]);
  });
});
