import { describe, expect, it } from 'vitest';
import { assertIdentified, selectLockfiles } from '../../src/inventory/inventory.js';

describe('selectLockfiles', () => {
  it('finds lockfiles of every format and skips installed copies and ignored paths', () => {
    const paths = [
      'package-lock.json',
      'node_modules/dep/package-lock.json',
      'web/yarn.lock',
      'web/node_modules/x/yarn.lock',
      'services/api/poetry.lock',
      'services/api/requirements.txt',
      'go.mod',
      'go.sum',
      'examples/demo/pnpm-lock.yaml',
      '.github/workflows/ci.yml',
      'README.md',
      'src/index.ts',
    ];
    expect(selectLockfiles(paths, ['examples/**'])).toEqual([
      '.github/workflows/ci.yml',
      'go.mod',
      'package-lock.json',
      'services/api/poetry.lock',
      'services/api/requirements.txt',
      'web/yarn.lock',
    ]);
  });

  it('reads bun.lock and leaves the binary bun.lockb beside it alone', () => {
    expect(selectLockfiles(['app/bun.lock', 'app/bun.lockb', 'old/bun.lockb'])).toEqual([
      'app/bun.lock',
      'old/bun.lockb',
    ]);
  });
});

describe('assertIdentified (every parser output passes it before the diff sees it)', () => {
  it('accepts named, versioned packages', () => {
    expect(() => assertIdentified('uv.lock', [{ name: 'idna', version: '3.7' }])).not.toThrow();
  });

  it('fails closed on an empty or blank version, naming the file and the package', () => {
    expect(() => assertIdentified('uv.lock', [{ name: 'idna', version: '' }])).toThrow(
      /uv\.lock: expected a version for idna, found none/,
    );
    expect(() => assertIdentified('poetry.lock', [{ name: 'x', version: '  ' }])).toThrow(/poetry\.lock/);
  });

  it('fails closed on an empty name', () => {
    expect(() => assertIdentified('Cargo.lock', [{ name: '', version: '1.0.0' }])).toThrow(
      /Cargo\.lock: a package has an empty name/,
    );
  });
});
