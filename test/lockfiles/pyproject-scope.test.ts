// pyproject.toml declarations (python itself and the project's own name are no dependency, Poetry's
// optional main dependencies are optional, extras are kept) and the scope walk through cycles.
import { describe, expect, it } from 'vitest';
import { readPyproject } from '../../src/lockfiles/python/common.js';
import type { Package } from '../../src/lockfiles/types.js';
import { findFormat } from '../support/all-formats.js';

describe('readPyproject', () => {
  it('declares Poetry dependencies by group, without python, optional main ones as optional', () => {
    const declared = readPyproject(
      'pyproject.toml',
      [
        '[tool.poetry]',
        'name = "pump"',
        '[tool.poetry.dependencies]',
        'Python = "^3.11"',
        'flask = "^3"',
        'uvloop = [{ version = "^0.19", markers = "sys_platform != \'win32\'" }, { version = "^0.19", optional = true }]',
        '[tool.poetry.group.dev.dependencies]',
        'pytest = { version = "^8", optional = true }',
        '',
      ].join('\n'),
    );
    expect(Object.fromEntries(declared.scopes)).toEqual({
      flask: 'runtime',
      uvloop: 'optional',
      pytest: 'dev',
    });
  });

  it('reads a single Poetry spec table like a one-item list: optional and extras', () => {
    const declared = readPyproject(
      'pyproject.toml',
      '[tool.poetry]\nname = "pump"\n[tool.poetry.dependencies]\nuvicorn = { version = "^0.30", optional = true, extras = ["standard"] }\n',
    );
    expect(Object.fromEntries(declared.scopes)).toEqual({ uvicorn: 'optional' });
    expect([...declared.extras.get('uvicorn')!]).toEqual(['standard']);
  });

  it('leaves out the project itself and keeps the extras each declaration asks for', () => {
    const declared = readPyproject(
      'pyproject.toml',
      [
        '[project]',
        'name = "Flask"',
        'dependencies = ["uvicorn[standard]>=0.30", "click"]',
        '[project.optional-dependencies]',
        'async = ["flask[dotenv]", "asgiref"]',
        '',
      ].join('\n'),
    );
    expect(Object.fromEntries(declared.scopes)).toEqual({
      uvicorn: 'runtime',
      click: 'runtime',
      asgiref: 'optional',
    });
    expect(Object.fromEntries([...declared.extras].map(([name, set]) => [name, [...set]]))).toEqual({
      uvicorn: ['standard'],
    });
  });
});

describe('Poetry scope walk', () => {
  const parse = (text: string, pyproject: string) =>
    findFormat('poetry.lock')!.parse({
      path: 'poetry.lock',
      text,
      manifests: new Map([['pyproject.toml', pyproject]]),
    });
  const facts = (list: Package[]) => Object.fromEntries(list.map((p) => [p.name, p.scope]));
  const entry = (name: string, ...lines: string[]) =>
    [
      '[[package]]',
      `name = "${name}"`,
      'version = "1.0.0"',
      'description = ""',
      'files = []',
      ...lines,
      '',
    ].join('\n');
  const meta = '[metadata]\nlock-version = "2.0"\npython-versions = "^3.11"\ncontent-hash = "x"\n';

  it('terminates on dependency cycles and extras that lead back, optional where the lock says so', () => {
    const text = [
      entry(
        'uvicorn',
        'optional = false',
        '[package.dependencies]',
        'httptools = ">=0.5"',
        '[package.extras]',
        'standard = ["watchfiles (>=0.13)"]',
      ),
      entry(
        'httptools',
        'optional = false',
        '[package.dependencies]',
        'uvicorn = {version = "*", extras = ["standard"]}',
      ),
      entry(
        'watchfiles',
        'optional = true',
        '[package.dependencies]',
        'uvicorn = {version = "*", extras = ["standard"]}',
      ),
      meta,
    ].join('\n');
    const result = parse(
      text,
      '[tool.poetry]\nname = "pump"\n[tool.poetry.dependencies]\nuvicorn = { version = "^0.30", extras = ["standard"] }\n',
    );
    expect(facts(result.packages)).toEqual({
      uvicorn: 'runtime',
      httptools: 'runtime',
      watchfiles: 'optional',
    });
    expect(result.findings).toEqual([]);
  });

  it('terminates when extras lead back to each other', () => {
    const text = [
      entry('uvicorn', 'optional = false', '[package.extras]', 'standard = ["watchfiles[cli] (>=0.13)"]'),
      entry('watchfiles', 'optional = false', '[package.extras]', 'cli = ["uvicorn[standard] (>=0.30)"]'),
      meta,
    ].join('\n');
    const result = parse(
      text,
      '[tool.poetry]\nname = "pump"\n[tool.poetry.dependencies]\nuvicorn = { version = "^0.30", extras = ["standard"] }\n',
    );
    expect(facts(result.packages)).toEqual({ uvicorn: 'runtime', watchfiles: 'runtime' });
  });

  it('keeps an optional entry that only dev tools reach dev, and one nothing reaches runtime without pyproject', () => {
    const text = [
      entry('pytest', 'optional = false', '[package.dependencies]', 'colorama = ">=0.4"'),
      entry('colorama', 'optional = true'),
      meta,
    ].join('\n');
    const result = parse(
      text,
      '[tool.poetry]\nname = "pump"\n[tool.poetry.group.dev.dependencies]\npytest = "^8"\n',
    );
    expect(facts(result.packages)).toEqual({ pytest: 'dev', colorama: 'dev' });
    const alone = findFormat('poetry.lock')!.parse({
      path: 'poetry.lock',
      text: [entry('colorama', 'optional = true'), meta].join('\n'),
      manifests: new Map(),
    });
    expect(facts(alone.packages)).toEqual({ colorama: 'runtime' });
    expect(alone.findings[0]!.message).toContain('category or groups');
  });

  it('walks a file where only some entries record groups, for those that do not', () => {
    const text = [
      entry('flask', 'optional = false', 'groups = ["main"]'),
      entry('pytest', 'optional = false', '[package.dependencies]', 'pluggy = ">=1"'),
      entry('pluggy', 'optional = false'),
      meta,
    ].join('\n');
    const result = parse(
      text,
      '[tool.poetry]\nname = "pump"\n[tool.poetry.group.dev.dependencies]\npytest = "^8"\n',
    );
    expect(facts(result.packages)).toEqual({ flask: 'runtime', pytest: 'dev', pluggy: 'dev' });
    expect(result.findings).toEqual([]);
  });

  it('refuses groups or a category of the wrong type, naming the field', () => {
    expect(() => parse([entry('flask', 'groups = "main"'), meta].join('\n'), '')).toThrow(/package groups/);
    expect(() => parse([entry('flask', 'category = 5'), meta].join('\n'), '')).toThrow(/package category/);
  });
});
