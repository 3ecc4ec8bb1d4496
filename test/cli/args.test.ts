// The argument helpers the CLI's commands share: every bad value is a UsageError (exit 2) naming
// the option and what it got; paths cannot leave --root.
import { parseArgs } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  CHECKOUT_OPTIONS,
  insideRoot,
  progressTo,
  readChoice,
  readChoices,
  readCount,
  readUrl,
  resolveRoot,
} from '../../src/cli/args.js';
import { UsageError } from '../../src/cli/io.js';

describe('CLI argument helpers', () => {
  it("parses the shared checkout options with a command's own", () => {
    const { values } = parseArgs({
      args: ['--root', 'r', '--ignore', 'a', '--ignore', 'b', '-h', '--extra', 'x'],
      options: { ...CHECKOUT_OPTIONS, extra: { type: 'string' } },
      strict: true,
    });
    expect(values).toEqual({ root: 'r', ignore: ['a', 'b'], help: true, extra: 'x' });
  });

  it('keeps paths under --root and normalizes them as tree sources name them', () => {
    expect(insideRoot('./soup/register.yml', '--register')).toBe('soup/register.yml');
    expect(insideRoot('soup\\out/', '--out')).toBe('soup/out');
    expect(() => insideRoot('../x', '--register')).toThrow(
      new UsageError('--register must be a path inside --root (got "../x")'),
    );
    expect(() => insideRoot('/etc/passwd', '--config')).toThrow(UsageError);
    expect(() => insideRoot('a\\..\\b', '--config')).toThrow(UsageError);
    expect(resolveRoot({ cwd: '/work', stdout: () => {}, stderr: () => {} }, 'repo')).toBe('/work/repo');
    expect(resolveRoot({ cwd: '/work', stdout: () => {}, stderr: () => {} }, undefined)).toBe('/work');
  });

  it('checks counts, URLs and choices, falling back when the option is absent', () => {
    expect(readCount('n', undefined, 7)).toBe(7);
    expect(readCount('n', '0', 7)).toBe(0);
    expect(() => readCount('n', '-1', 7)).toThrow('--n must be a whole number (got "-1")');
    expect(() => readCount('n', '1.5', 7)).toThrow(UsageError);
    expect(readUrl('osv-url', 'http://127.0.0.1:9', 'https://d')).toBe('http://127.0.0.1:9');
    expect(readUrl('osv-url', undefined, 'https://d')).toBe('https://d');
    expect(() => readUrl('osv-url', 'file:///etc/passwd', 'https://d')).toThrow(
      '--osv-url must be an http(s) URL (got "file:///etc/passwd")',
    );
    expect(readChoice('format', undefined, ['json', 'markdown'] as const, 'json')).toBe('json');
    expect(() => readChoice('format', 'xml', ['json', 'markdown'] as const, 'json')).toThrow(
      '--format must be one of json, markdown (got "xml")',
    );
  });

  it('reads a word list, with none or nothing for none, and names a word it does not know', () => {
    const kinds = ['deprecated', 'obsolete'] as const;
    expect(readChoices('checks', 'deprecated, obsolete deprecated', kinds)).toEqual([
      'deprecated',
      'obsolete',
    ]);
    expect(readChoices('checks', 'none', kinds)).toEqual([]);
    expect(readChoices('checks', undefined, kinds)).toEqual([]);
    expect(() => readChoices('checks', 'deprecated,stale', kinds)).toThrow(
      '--checks: "stale" is not one of deprecated, obsolete',
    );
  });

  it('sends progress to stderr unless quiet', async () => {
    const err: string[] = [];
    const io = { cwd: '/', stdout: () => {}, stderr: (t: string) => err.push(t) };
    (await progressTo(io, false))?.('line');
    expect(err).toEqual(['line\n']);
    expect(await progressTo(io, true)).toBeUndefined();
  });
});
