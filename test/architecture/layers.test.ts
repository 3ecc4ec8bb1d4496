import { describe, expect, it } from 'vitest';
import { findFileCycles, findLayerViolations, readSourceTree, SRC, type SourceFile } from './layers.js';

/** Outside the parsers, a file a reader cannot hold in mind at once is a file to split. */
const MAX_LINES = 400;

const file = (path: string, imports: string[] = [], lines = 10): SourceFile => ({ path, imports, lines });

describe('the layer checker', () => {
  it('reports an upward import, naming both files', () => {
    const problems = findLayerViolations([
      file('lockfiles/npm.ts', ['../gate/checklist.js']),
      file('gate/checklist.ts'),
    ]);
    expect(problems).toEqual([
      expect.stringContaining('lockfiles/npm.ts: imports upward into gate/checklist.ts'),
    ]);
  });

  it('reports a folder cycle within a floor', () => {
    const problems = findLayerViolations([
      file('gate/a.ts', ['../documents/b.js']),
      file('documents/b.ts', ['../gate/a.js']),
    ]);
    expect(problems).toEqual(['folder cycle: documents -> gate -> documents']);
  });

  it('reports the GitHub adapter knowing policy or Markdown, and runner packages out of place', () => {
    const problems = findLayerViolations([
      file('github/evidence.ts', ['../config/policy.js', '../markdown/escape.js']),
      file('gate/evaluate.ts', ['@actions/core', 'node:fs']),
      file('app/run.ts', ['@actions/github']),
    ]);
    expect(problems).toEqual([
      expect.stringContaining('github/evidence.ts: the GitHub adapter imports config/policy.ts'),
      expect.stringContaining('github/evidence.ts: the GitHub adapter imports markdown/escape.ts'),
      'gate/evaluate.ts: imports @actions/core, which only its adapter may load',
      'gate/evaluate.ts: pure code imports @actions/core',
      'gate/evaluate.ts: pure code imports node:fs',
      'app/run.ts: imports @actions/github, which only its adapter may load',
    ]);
  });

  it('reports a folder nobody placed on a floor', () => {
    expect(findLayerViolations([file('helpers/x.ts')])).toEqual([
      'helpers/x.ts: folder "helpers" has no layer (add it to RANKS)',
    ]);
  });

  it('finds a file-level cycle', () => {
    expect(findFileCycles([file('gate/a.ts', ['./b.js']), file('gate/b.ts', ['./a.js'])])).toEqual([
      ['gate/a.ts', 'gate/b.ts', 'gate/a.ts'],
    ]);
  });
});

describe('src/', () => {
  const files = readSourceTree(SRC);

  it('reads the real tree', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.path === 'main.ts' && f.imports.length > 0)).toBe(true);
  });

  it('imports only downward or sideways within a floor, with no folder cycles', () => {
    expect(findLayerViolations(files)).toEqual([]);
  });

  it('has no file-level import cycles', () => {
    expect(findFileCycles(files)).toEqual([]);
  });

  it(`keeps every file outside the parsers under ${MAX_LINES} lines`, () => {
    const long = files.filter((f) => !f.path.startsWith('lockfiles/') && f.lines > MAX_LINES);
    expect(long.map((f) => `${f.path}: ${f.lines} lines`)).toEqual([]);
  });
});
