/**
 * `soup-gate list` and `soup-gate check` on a local checkout: its inventory, register and change
 * records, stamped with the command line's values, else git's and the clock's. The comparison with
 * the committed files is the one on-merge uses (./soup-outputs.ts).
 */
import packageJson from '../../package.json' with { type: 'json' };
import {
  lastVerifiedFromRecords,
  parseChangeRecord,
  type ChangeRecordData,
} from '../documents/change-record.js';
import { readSbomFacts, type SbomStamp } from '../documents/sbom.js';
import type { Change } from '../inventory/change.js';
import { diffPackages } from '../inventory/diff-packages.js';
import { loadInventory } from '../inventory/load-inventory.js';
import { factsFromEnrichment, mergeFacts } from '../register/package-facts.js';
import { readCheckoutText, type Checkout } from './checkout.js';
import { parseRegisterFile } from '../register/parse.js';
import {
  SOUP_OUTPUT_KINDS,
  checkSoupOutputs,
  renderSoupOutputs,
  type SoupOutputCheck,
  type SoupOutputKind,
  type SoupOutputsInput,
  type SoupOutputTexts,
} from './soup-outputs.js';

/** Where the outputs are in a checkout, and what the user set on the command line. */
export interface CheckoutOutputsOptions {
  registerPath: string;
  /** The folder of SOUP.md, sbom.cdx.json and changes/. */
  out: string;
  ignore: readonly string[];
  onProgress?: (line: string) => void;
  commit?: string;
  repo?: string;
  generatedAt?: string;
  /** `list --enrich`: look up the facts of items the committed SBOM has none for (never `check`). */
  lookUp?: FactLookUp;
}

/** Where and how much `list --enrich` may look up. */
export interface FactLookUp {
  offline: boolean;
  depsDevUrl: string;
  /** At most this many items per run; the rest stay "not looked up" until the next run. */
  maxItems: number;
  fetch: typeof globalThis.fetch;
}

/** Output paths in a checkout: fixed names under `out`. */
export function checkoutOutputPaths(out: string): Record<SoupOutputKind, string> {
  return { list: `${out}/SOUP.md`, sbom: `${out}/sbom.cdx.json` };
}

/** Last-verified dates from every change record under `<out>/changes`. */
async function readLastVerified(checkout: Checkout, out: string): Promise<Map<string, string>> {
  const dir = `${out}/changes`;
  const names = (await checkout.listFolder(dir)).filter((n) => n.endsWith('.md')).sort();
  const records: ChangeRecordData[] = [];
  for (const name of names) {
    const record = parseChangeRecord((await readCheckoutText(checkout, `${dir}/${name}`)) ?? '');
    if (record) records.push(record);
  }
  return lastVerifiedFromRecords(records);
}

/** The inventory, register and change records of a checkout. */
export async function loadCheckoutOutputsInput(
  checkout: Checkout,
  options: CheckoutOutputsOptions,
): Promise<SoupOutputsInput> {
  const inventory = await loadInventory(checkout.files, {
    ignore: options.ignore,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const register = parseRegisterFile(
    options.registerPath,
    await readCheckoutText(checkout, options.registerPath),
  );
  const lastVerified = await readLastVerified(checkout, options.out);
  // The identity facts earlier look-ups found live in the committed SBOM: kept, never dropped offline.
  const sbom = await readCheckoutText(checkout, checkoutOutputPaths(options.out).sbom);
  return { inventory, register, lastVerified, ...(sbom !== undefined ? { facts: readSbomFacts(sbom) } : {}) };
}

/**
 * The stamp of outputs made now: the options' values, else HEAD, the origin remote and the current
 * second, and this soup-gate's version.
 */
export async function checkoutStamp(checkout: Checkout, options: CheckoutOutputsOptions): Promise<SbomStamp> {
  const commit = options.commit ?? (await checkout.headCommit());
  const repo = options.repo ?? (await checkout.originRepo()) ?? (await projectName(checkout));
  // The commit's time, not the clock's: regenerating at the same commit gives the same bytes.
  const committedAt = options.generatedAt === undefined ? await checkout.headCommitTime?.() : undefined;
  // Inlined by the bundler, so the version is right wherever the bundle's chunks land.
  const toolVersion = typeof packageJson.version === 'string' ? packageJson.version : undefined;
  return {
    generatedAt:
      options.generatedAt ??
      (committedAt !== undefined && !Number.isNaN(Date.parse(committedAt))
        ? new Date(committedAt).toISOString()
        : new Date(Math.floor(Date.now() / 1000) * 1000).toISOString()),
    ...(commit !== undefined ? { commit } : {}),
    ...(repo !== undefined ? { repo } : {}),
    ...(toolVersion !== undefined ? { toolVersion } : {}),
  };
}

/**
 * What names the project without an origin remote on GitHub: the root package.json's name, else
 * the folder's. Never a placeholder: an SBOM's root component must say what it describes.
 */
async function projectName(checkout: Checkout): Promise<string | undefined> {
  try {
    const manifest = JSON.parse((await readCheckoutText(checkout, 'package.json')) ?? 'null') as unknown;
    const name = (manifest as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && name.trim() !== '') return name.trim();
  } catch {
    // A package.json that is not JSON names nothing; the folder does.
  }
  return checkout.folderName;
}

/** `soup-gate list`: both outputs of the checkout with a fresh stamp (the caller writes them), and what they were made from. */
export async function renderCheckoutOutputs(
  checkout: Checkout,
  options: CheckoutOutputsOptions,
): Promise<SoupOutputsInput & { texts: SoupOutputTexts }> {
  const stamp = await checkoutStamp(checkout, options);
  const loaded = await loadCheckoutOutputsInput(checkout, options);
  const input = options.lookUp
    ? await lookUpMissingFacts(loaded, options.lookUp, options.onProgress)
    : loaded;
  return { texts: renderSoupOutputs(input, stamp), ...input };
}

/**
 * Facts (supplier, licence, links) for the items the committed SBOM carries none for, so requests
 * grow with what changed since the last run, not with the inventory: the first run on a large
 * repository fills the list over several runs of at most `maxItems` each, direct items first.
 * A look-up that fails leaves its item "not looked up", never an empty fact.
 */
async function lookUpMissingFacts(
  input: SoupOutputsInput,
  lookUp: FactLookUp,
  onProgress: ((line: string) => void) | undefined,
): Promise<SoupOutputsInput> {
  const seen = new Set<string>();
  const missing: Change[] = [];
  // Each item as the diff would add it from nothing: the one rule for what an added change carries.
  for (const lockfile of input.inventory.lockfiles)
    for (const change of diffPackages([], lockfile.packages, lockfile.path)) {
      if (seen.has(change.purl) || input.facts?.get(change.purl)?.lookedUp === true) continue;
      seen.add(change.purl);
      missing.push(change);
    }
  if (missing.length === 0) {
    onProgress?.('every SOUP item has its facts from the committed SBOM: nothing to look up');
    return input;
  }
  missing.sort(
    (a, b) => Number(b.direct === true) - Number(a.direct === true) || a.purl.localeCompare(b.purl),
  );
  const batch = missing.slice(0, lookUp.maxItems);
  onProgress?.(
    `looking up supplier, licence and links of ${batch.length} of ${missing.length} item(s) without facts` +
      (batch.length < missing.length ? ` (--max-lookups ${lookUp.maxItems}; run again for the rest)` : ''),
  );
  // The network clients load only when asked to look things up.
  const { enrichChanges } = await import('../enrich/enrich.js');
  const result = await enrichChanges(batch, {
    fetch: lookUp.fetch,
    offline: lookUp.offline,
    depsDevUrl: lookUp.depsDevUrl,
    anomalies: false,
    ...(onProgress ? { onProgress } : {}),
  });
  for (const failure of result.lookupFailures)
    onProgress?.(`look-up failed for ${failure.changes.length} item(s): ${failure.url}: ${failure.reason}`);
  const fresh = factsFromEnrichment(batch, result);
  onProgress?.(`found facts for ${fresh.size} of ${batch.length} item(s)`);
  return { ...input, facts: mergeFacts(fresh, input.facts) };
}

/** `soup-gate check`: each committed output against what `list` would write, stamps aside. */
export async function checkCheckoutOutputs(
  checkout: Checkout,
  options: CheckoutOutputsOptions,
): Promise<(SoupOutputCheck & { path: string })[]> {
  const paths = checkoutOutputPaths(options.out);
  const committed: Partial<SoupOutputTexts> = {};
  for (const kind of SOUP_OUTPUT_KINDS) {
    const text = await readCheckoutText(checkout, paths[kind]);
    if (text !== undefined) committed[kind] = text;
  }
  const fresh = await checkoutStamp(checkout, options);
  const input = await loadCheckoutOutputsInput(checkout, options);
  return checkSoupOutputs(input, committed, fresh).map((check) => ({ ...check, path: paths[check.kind] }));
}
