// Inputs the fuzzer once broke a parser with (saved by `npm run fuzz` under regressions/), replayed
// against the contract, plus the minimal form of each bug found.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { FORMATS, findFormat } from '../support/all-formats.js';
import { parsePolicyFile, PolicyFileError } from '../../src/config/policy.js';
import { adversarialLines } from '../hostile/attacks/redos-long-lines.js';
import { checkRoundTrip, type RoundTripCase } from './comment-roundtrip.js';
import { checkParserContract, type SavedFailure } from './targets.js';

const dir = new URL('./regressions/', import.meta.url);
const saved: SavedFailure[] = existsSync(dir)
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.json'))
      .sort()
      .map((f) => JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as SavedFailure)
  : [];

describe('saved fuzz failures stay fixed', () => {
  it.each(
    saved.map((s) => [`${s.format} from ${s.origin}: ${s.error.split('\n')[0]!.slice(0, 80)}`, s] as const),
  )('%s', (_name, failure) => {
    if (failure.format === 'comment-roundtrip') {
      checkRoundTrip(JSON.parse(failure.text) as RoundTripCase);
      return;
    }
    const format = FORMATS.find((f) => f.id === failure.format)!;
    expect(format).toBeDefined();
    checkParserContract(format, {
      path: failure.path,
      text: failure.text,
      manifests: new Map(Object.entries(failure.manifests)),
    });
  });
});

function refusal(path: string, text: string): LockfileParseError {
  try {
    findFormat(path)!.parse({ path, text });
  } catch (error) {
    if (error instanceof LockfileParseError) return error;
    throw error;
  }
  throw new Error(`${path} parsed`);
}

describe('minimal forms of the bugs the fuzzer found', () => {
  it('go.mod: a vertical tab (or form feed, U+2028) is refused, not an endless loop of empty tokens', () => {
    for (const ws of ['\u000b', '\f', '\u2028', '\u00a0']) {
      const error = refusal('go.mod', `module x\n\ngo 1.21\n\nrequire a.example/b v1.0.0${ws}\n`);
      expect(error.message).toMatch(/^go\.mod:5: unexpected character U\+[0-9A-F]{4}$/);
    }
  });

  it('workflow and pubspec.lock: a YAML error quoting a 50 kB token is cut to a readable message', () => {
    // The lines of the redos-long-lines attack: the yaml library quotes a 50 kB "a@a@…" token.
    const text = adversarialLines().join('\n');
    for (const path of ['.github/workflows/ci.yml', 'pubspec.lock']) {
      const error = refusal(path, text);
      expect(error.message.length).toBeLessThan(300);
      expect(error.message).toContain('…');
    }
  });

  it('policy file: an alias bomb is one problem per line, not one per alias', () => {
    const refs = Array.from({ length: 90 }, () => '*a').join(', ');
    try {
      parsePolicyFile('.github/soup-gate.yml', `x: &a [1]\ny: [${refs}]\n`);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(PolicyFileError);
      expect((error as Error).message.match(/aliases are not allowed/g)).toHaveLength(1);
    }
  });
});
