// Runs every attack in attacks/ against the parser it targets: each input is refused with an error
// naming the file, or parsed into inert data; never another error, never a polluted prototype, never
// a hang (the per-attack timeout is only a hang detector, not a performance assertion).
import { readdirSync } from 'node:fs';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterAll, describe, expect, it } from 'vitest';
import { parsePolicyFile, PolicyFileError } from '../../src/config/policy.js';
import { readCheckboxes } from '../../src/gate/checkboxes.js';
import { buildChecklist, tickableIds } from '../../src/gate/checklist.js';
import { evaluateGate } from '../../src/gate/evaluate.js';
import { DEFAULT_POLICY } from '../../src/config/policy.js';
import { emptyState } from '../../src/gate/state.js';
import { diffInventories } from '../../src/inventory/diff.js';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { findFormat } from '../support/all-formats.js';
import type { Package } from '../../src/lockfiles/types.js';
import { parseRegister } from '../../src/register/parse.js';
import { RegisterError } from '../../src/register/types.js';
import { renderChangesTable } from '../../src/documents/changes-table.js';
import { renderComment } from '../../src/documents/comment.js';
import { createMemorySource } from '../../src/inventory/memory-source.js';
import { loadInventory } from '../../src/inventory/load-inventory.js';
import { assertPrototypesClean } from '../fuzz/targets.js';
import { POLICY_PATH, REGISTER_PATH, type Attack, type HostileInput } from './types.js';

const attacks: Attack[] = await Promise.all(
  readdirSync(new URL('./attacks/', import.meta.url))
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .map(async (f) => ((await import(`./attacks/${f}`)) as { attack: Attack }).attack),
);

type Outcome = { kind: 'refused'; message: string } | { kind: 'parsed'; packages: Package[] };

async function attempt(attack: Attack, input: HostileInput): Promise<Outcome> {
  const manifests = new Map(Object.entries(input.manifests ?? {}));
  try {
    if (input.path === POLICY_PATH) {
      parsePolicyFile(input.path, input.text);
      return { kind: 'parsed', packages: [] };
    }
    if (input.path === REGISTER_PATH) {
      parseRegister(input.path, input.text);
      return { kind: 'parsed', packages: [] };
    }
    if (attack.maxBytes !== undefined) {
      const source = createMemorySource('head', new Map([[input.path, input.text], ...manifests]));
      const inventory = await loadInventory(source, { maxBytes: attack.maxBytes });
      return { kind: 'parsed', packages: inventory.lockfiles.flatMap((l) => l.packages) };
    }
    const format = findFormat(input.path);
    if (!format) throw new Error(`no format reads ${input.path}`);
    return {
      kind: 'parsed',
      packages: format.parse({ path: input.path, text: input.text, manifests }).packages,
    };
  } catch (error) {
    if (error instanceof LockfileParseError) {
      expect([input.path, ...manifests.keys()]).toContain(error.file);
      expect(error.message.startsWith(error.file)).toBe(true);
      return { kind: 'refused', message: error.message };
    }
    if (error instanceof PolicyFileError || error instanceof RegisterError) {
      expect(error.message).toContain(input.path);
      return { kind: 'refused', message: error.message };
    }
    throw error;
  } finally {
    assertPrototypesClean();
  }
}

/** Renders what a PR adding these packages would show, and checks it is inert. */
function expectInert(packages: Package[]): void {
  const head = {
    lockfiles: [...new Set(packages.map((p) => p.lockfile))].map((path) => ({
      path,
      formatId: 'x',
      format: 'x',
      ecosystem: packages[0]!.ecosystem,
      packages: packages.filter((p) => p.lockfile === path),
      findings: [],
    })),
  };
  const changes = diffInventories({ lockfiles: [] }, head).changes;
  const policy = { ...DEFAULT_POLICY, scope: { dependencies: 'all' as const, includeDev: true } };
  const sections = buildChecklist(changes, policy);
  const state = emptyState(1);
  const evidence = { required: true, satisfied: false, description: 'waiting' };
  const label = { name: 'soup:anomalies-reviewed', required: false, present: false, reason: 'x' };
  const verdict = evaluateGate({ sections, state, evidence, label });
  const body = renderComment({ sections, state, verdict, evidence, label, headSha: 'a'.repeat(40) }).body;
  const table = renderChangesTable(changes);
  for (const markdown of [body, table]) {
    const html = micromark(markdown, {
      allowDangerousHtml: true,
      extensions: [gfm()],
      htmlExtensions: [gfmHtml()],
    });
    // Text may read "javascript:" (inside <code>); what must not exist is a tag or an attribute.
    expect(html).not.toMatch(/<(img|script|a|iframe|svg|style|object|embed|form)\b/i);
    expect(html).not.toMatch(/<[a-z][^>]*\s(href|src|on[a-z]+)\s*=/i);
    expect(markdown).not.toMatch(/@[A-Za-z0-9]/); // no mention pings anyone
  }
  // No forged or hidden item line: the items' boxes and the "all items" boxes, nothing else.
  expect(readCheckboxes(body).size).toBe(tickableIds(sections).size);
}

const stats: string[] = [];

describe.each(attacks.map((a) => [a.name, a] as const))('hostile input: %s', (_name, attack) => {
  it(`${attack.what} → ${attack.expect}`, { timeout: 30_000 }, async () => {
    let refused = 0;
    let parsed = 0;
    const inputs = attack.inputs();
    expect(inputs.length).toBeGreaterThan(0);
    for (const input of inputs) {
      const outcome = await attempt(attack, input);
      const wanted = input.expect ?? attack.expect;
      if (wanted === 'refused')
        expect(outcome, `${input.path} must be refused`).toMatchObject({ kind: 'refused' });
      if (outcome.kind === 'refused') {
        refused++;
        // Readable: a lockfile error is one line; policy and register errors list one line per problem.
        expect(outcome.message.length).toBeLessThan(
          input.path.startsWith('soup/') || input.path.startsWith('.github/soup') ? 5_000 : 2_000,
        );
        continue;
      }
      parsed++;
      if (outcome.packages.length > 0) expectInert(outcome.packages);
    }
    stats.push(`${attack.name}: ${inputs.length} inputs, ${refused} refused, ${parsed} parsed inert`);
  });
});

afterAll(() => {
  if (process.env.HOSTILE_STATS) console.log(stats.join('\n'));
});
