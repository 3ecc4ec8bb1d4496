/**
 * The SOUP outputs of a tree: SOUP.md and the CycloneDX SBOM, rendered from its inventory, its
 * register and the last-verified dates of its change records. One rule is shared by on-merge (the
 * action) and `soup-gate check` (the CLI): each committed file is re-rendered with the stamp it
 * carries (time, commit, repository, tool version), so only content can differ. Equal bytes mean
 * the file is up to date: a re-run writes nothing, and `check` shows only real differences.
 *
 * The CLI's `list` and `check` read a local checkout in ./checkout-outputs.ts; on-merge reads the
 * branch head in ./on-merge/generate.ts.
 */
import { buildSbom, readSbomStamp, type SbomStamp } from '../documents/sbom.js';
import { readSoupListStamp, renderSoupList } from '../documents/soup-list.js';
import type { Policy } from '../config/policy.js';
import type { Inventory } from '../inventory/inventory.js';
import type { Enrichment } from '../register/soup-items.js';
import type { Register } from '../register/types.js';

/** What both outputs are rendered from. */
export interface SoupOutputsInput {
  inventory: Inventory;
  register: Register;
  /** Date (YYYY-MM-DD) of the last assessed change per purl. */
  lastVerified: ReadonlyMap<string, string>;
  /** Identity facts per purl: carried over from the committed SBOM, plus the merge's own look-ups. */
  facts?: Enrichment;
  /** The policy's scope (which items are gated); the policy default when not given. */
  scope?: Policy['scope'];
}

export type SoupOutputKind = 'list' | 'sbom';
export const SOUP_OUTPUT_KINDS: readonly SoupOutputKind[] = ['list', 'sbom'];
export type SoupOutputTexts = Record<SoupOutputKind, string>;

/** One output with one stamp. The list ignores `toolVersion` (it carries no tool version). */
export function renderSoupOutput(input: SoupOutputsInput, kind: SoupOutputKind, stamp: SbomStamp): string {
  const { inventory, register, lastVerified } = input;
  const shared = {
    ...(input.facts !== undefined ? { enrichment: input.facts } : {}),
    ...(input.scope !== undefined ? { scope: input.scope } : {}),
  };
  if (kind === 'sbom') return buildSbom(inventory, { register, lastVerified, ...shared, ...stamp });
  return renderSoupList({
    inventory,
    register,
    lastVerified,
    ...shared,
    generatedAt: stamp.generatedAt,
    ...(stamp.commit !== undefined ? { commit: stamp.commit } : {}),
    ...(stamp.repo !== undefined ? { repo: stamp.repo } : {}),
  });
}

/** Both outputs with one stamp: what `soup-gate list` writes. */
export function renderSoupOutputs(input: SoupOutputsInput, stamp: SbomStamp): SoupOutputTexts {
  return { list: renderSoupOutput(input, 'list', stamp), sbom: renderSoupOutput(input, 'sbom', stamp) };
}

/** The stamp a committed output was written with; undefined when it has none (or it is garbled). */
export function readOutputStamp(kind: SoupOutputKind, text: string): SbomStamp | undefined {
  return kind === 'sbom' ? readSbomStamp(text) : readSoupListStamp(text);
}

export interface SoupOutputCheck {
  kind: SoupOutputKind;
  /** The committed text; undefined when the file is missing. */
  committed: string | undefined;
  /** Rendered with the committed file's own stamp, or with the fresh one when it has none. */
  expected: string;
  /** Which stamp `expected` carries. */
  stampedWith: 'committed' | 'fresh';
  upToDate: boolean;
}

/**
 * Each output re-rendered with the stamp its committed file carries (the fresh stamp where the file
 * is missing or has no readable stamp), and whether the committed text already is that.
 */
export function checkSoupOutputs(
  input: SoupOutputsInput,
  committed: Partial<SoupOutputTexts>,
  fresh: SbomStamp,
): SoupOutputCheck[] {
  return SOUP_OUTPUT_KINDS.map((kind) => {
    const text = committed[kind];
    const own = text !== undefined ? readOutputStamp(kind, text) : undefined;
    const expected = renderSoupOutput(input, kind, own ?? fresh);
    return {
      kind,
      committed: text,
      expected,
      stampedWith: own ? 'committed' : 'fresh',
      upToDate: text === expected,
    };
  });
}

/**
 * The outputs that must be written, with the fresh stamp: none of those whose content is unchanged,
 * so a re-run (or a rebuild on a head that only moved elsewhere) writes nothing.
 */
export function refreshSoupOutputs(
  input: SoupOutputsInput,
  committed: Partial<SoupOutputTexts>,
  fresh: SbomStamp,
): Partial<SoupOutputTexts> {
  const writes: Partial<SoupOutputTexts> = {};
  for (const check of checkSoupOutputs(input, committed, fresh)) {
    if (check.upToDate) continue;
    writes[check.kind] =
      check.stampedWith === 'fresh' ? check.expected : renderSoupOutput(input, check.kind, fresh);
  }
  return writes;
}
