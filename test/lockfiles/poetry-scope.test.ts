// Poetry's scope and directness: groups or category where the lockfile records them, otherwise
// reachability from pyproject.toml's declarations (strongest scope first, extras included); direct
// is what pyproject declares, or what the project's own path dependencies declare.
import { describe, expect, it } from 'vitest';
import type { Package } from '../../src/lockfiles/types.js';
import { findFormat } from '../support/all-formats.js';

interface Entry {
  name: string;
  version?: string;
  extra?: string[];
}

const lock = (entries: Array<Entry & { lines?: string[] }>) =>
  [
    ...entries.flatMap((e) => [
      '[[package]]',
      `name = "${e.name}"`,
      `version = "${e.version ?? '1.0.0'}"`,
      'description = ""',
      'files = []',
      ...(e.lines ?? []),
      '',
    ]),
    '[metadata]',
    'lock-version = "2.0"',
    'python-versions = "^3.11"',
    'content-hash = "x"',
    '',
  ].join('\n');

const parse = (text: string, pyproject?: string) =>
  findFormat('poetry.lock')!.parse({
    path: 'poetry.lock',
    text,
    manifests: new Map(pyproject === undefined ? [] : [['pyproject.toml', pyproject]]),
  });

const facts = (list: Package[]) =>
  Object.fromEntries(list.map((p) => [p.name, { direct: p.direct, scope: p.scope }]));

describe('scope the lockfile records', () => {
  it('reads groups (main ships, optional main is optional) and the older category field', () => {
    const result = parse(
      lock([
        { name: 'requests', lines: ['optional = false', 'groups = ["main"]'] },
        { name: 'uvloop', lines: ['optional = true', 'groups = ["main"]'] },
        { name: 'pytest', lines: ['optional = false', 'groups = ["dev", "test"]'] },
        { name: 'black', lines: ['optional = false', 'category = "dev"'] },
        { name: 'idna', lines: ['optional = false', 'category = "main"'] },
        { name: 'pyyaml', lines: ['optional = true', 'category = "main"'] },
      ]),
    );
    expect(facts(result.packages)).toEqual({
      requests: { direct: null, scope: 'runtime' },
      uvloop: { direct: null, scope: 'optional' },
      pytest: { direct: null, scope: 'dev' },
      black: { direct: null, scope: 'dev' },
      idna: { direct: null, scope: 'runtime' },
      pyyaml: { direct: null, scope: 'optional' },
    });
    expect(result.findings).toEqual([]);
  });
});

describe('scope by reachability (Poetry 1.5-1.8 files record none)', () => {
  const pyproject = [
    '[tool.poetry]',
    'name = "pump"',
    '[tool.poetry.dependencies]',
    'python = "^3.11"',
    'flask = "^3"',
    'uvloop = { version = "^0.19", optional = true }',
    '[tool.poetry.group.dev.dependencies]',
    'pytest = "^8"',
    '',
  ].join('\n');

  it('reaches from declarations: runtime wins over dev, an optional declaration is optional', () => {
    const result = parse(
      lock([
        { name: 'flask', lines: ['optional = false', '[package.dependencies]', 'click = ">=8"'] },
        { name: 'click', lines: ['optional = false'] },
        {
          name: 'pytest',
          lines: ['optional = false', '[package.dependencies]', 'click = ">=8"', 'pluggy = ">=1"'],
        },
        { name: 'pluggy', lines: ['optional = false'] },
        { name: 'uvloop', lines: ['optional = true'] },
      ]),
      pyproject,
    );
    expect(facts(result.packages)).toEqual({
      flask: { direct: true, scope: 'runtime' },
      click: { direct: false, scope: 'runtime' },
      pytest: { direct: true, scope: 'dev' },
      pluggy: { direct: false, scope: 'dev' },
      uvloop: { direct: true, scope: 'optional' },
    });
    expect(result.findings).toEqual([]);
  });

  it('follows the extras a declaration asks for', () => {
    const result = parse(
      lock([
        {
          name: 'uvicorn',
          lines: ['optional = false', '[package.extras]', 'standard = ["httptools (>=0.5)"]'],
        },
        { name: 'httptools', lines: ['optional = false'] },
      ]),
      '[tool.poetry]\nname = "pump"\n[tool.poetry.dependencies]\nuvicorn = { version = "^0.30", extras = ["standard"] }\n',
    );
    expect(facts(result.packages)).toEqual({
      uvicorn: { direct: true, scope: 'runtime' },
      httptools: { direct: false, scope: 'runtime' },
    });
  });

  it('lists what nothing reaches as runtime and says so in one finding', () => {
    const result = parse(lock([{ name: 'orphan', lines: ['optional = false'] }]), pyproject);
    expect(facts(result.packages)).toEqual({ orphan: { direct: false, scope: 'runtime' } });
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.message).toContain('orphan');
  });

  it('lists everything as runtime of unknown directness without pyproject.toml, with one finding', () => {
    const result = parse(lock([{ name: 'flask', lines: ['optional = false'] }]));
    expect(facts(result.packages)).toEqual({ flask: { direct: null, scope: 'runtime' } });
    expect(result.findings).toHaveLength(1);
  });
});

describe('the project’s own path dependencies', () => {
  it('are first-party, and what they declare is direct', () => {
    const result = parse(
      lock([
        {
          name: 'pump-core',
          lines: [
            'optional = false',
            'groups = ["main"]',
            '[package.source]',
            'type = "directory"',
            'url = "libs/core"',
            '[package.dependencies]',
            'numpy = ">=2"',
          ],
        },
        { name: 'numpy', lines: ['optional = false', 'groups = ["main"]'] },
        { name: 'scipy', lines: ['optional = false', 'groups = ["main"]'] },
      ]),
      '[tool.poetry]\nname = "pump"\n[tool.poetry.dependencies]\npump-core = { path = "libs/core" }\n',
    );
    expect(facts(result.packages)).toEqual({
      numpy: { direct: true, scope: 'runtime' },
      scipy: { direct: false, scope: 'runtime' },
    });
  });
});
