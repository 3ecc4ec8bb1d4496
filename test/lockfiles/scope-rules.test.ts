// Scope survivors of the mutation survey (issue 20): a shipped package must never be read as dev.
import { describe, expect, it } from 'vitest';
import { findFormat } from '../support/all-formats.js';

const parse = (path: string, text: string, manifests = new Map<string, string>()) =>
  findFormat(path)!.parse({ path, text, manifests });

describe('Poetry 2.x groups: main in any position ships', () => {
  const lock = (groups: string) =>
    [
      '[[package]]',
      'name = "requests"',
      'version = "2.32.3"',
      'description = ""',
      'optional = false',
      'python-versions = ">=3.8"',
      `groups = ${groups}`,
      'files = []',
      '',
      '[metadata]',
      'lock-version = "2.1"',
      'python-versions = "^3.11"',
      'content-hash = "x"',
      '',
    ].join('\n');
  it.each([
    ['["main"]', 'runtime'],
    ['["dev", "main"]', 'runtime'],
    ['["main", "dev"]', 'runtime'],
    ['["docs", "test", "main"]', 'runtime'],
    ['["dev"]', 'dev'],
    ['["dev", "test"]', 'dev'],
  ])('groups = %s -> %s', (groups, scope) => {
    expect(parse('poetry.lock', lock(groups)).packages[0]!.scope).toBe(scope);
  });
});

describe('npm: dev wins over optional, devOptional is optional', () => {
  const lock = (flags: Record<string, boolean>) =>
    JSON.stringify({
      name: 'app',
      lockfileVersion: 3,
      requires: true,
      packages: {
        '': { name: 'app', dependencies: { a: '1.0.0' } },
        'node_modules/a': { version: '1.0.0', ...flags },
      },
    });
  it.each([
    [{ dev: true, optional: true }, 'dev'],
    [{ optional: true, dev: true }, 'dev'],
    [{ devOptional: true }, 'optional'],
    [{ optional: true }, 'optional'],
    [{ dev: true }, 'dev'],
    [{}, 'runtime'],
  ])('%j -> %s', (flags, scope) => {
    expect(parse('package-lock.json', lock(flags)).packages[0]!.scope).toBe(scope);
  });
});
