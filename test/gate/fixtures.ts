// Small builders for the gate's unit tests: real checklist sections, enrichment results and registers.
import { DEFAULT_POLICY, type Policy } from '../../src/config/policy.js';
import type { Anomaly, ChangeEnrichment, EnrichmentResult } from '../../src/enrich/types.js';
import { buildChecklist, type ChecklistSection } from '../../src/gate/checklist.js';
import type { Tick } from '../../src/gate/state.js';
import { changeKey } from '../../src/inventory/change-key.js';
import type { Change } from '../../src/inventory/diff.js';
import { parseRegister } from '../../src/register/parse.js';
import type { Register } from '../../src/register/types.js';

export const HEAD = 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678';
export const TODAY = new Date('2026-11-20T10:00:00Z');

export function policyWith(overrides: { [K in keyof Policy]?: Partial<Policy[K]> }): Policy {
  const policy = structuredClone(DEFAULT_POLICY) as Policy;
  for (const [key, value] of Object.entries(overrides))
    Object.assign(policy[key as keyof Policy] as object, value);
  return policy;
}

export function sectionsOf(changes: Change[], policy: Policy = DEFAULT_POLICY): ChecklistSection[] {
  return buildChecklist(changes, policy);
}

export function anomaly(id: string, aliases: string[] = []): Anomaly {
  return {
    id,
    aliases,
    summary: `summary of ${id}`,
    severity: { label: 'high', source: 'database' },
    url: `https://osv.dev/vulnerability/${id}`,
    fixedVersions: [],
  };
}

/** What enrichment found for one change; by default: looked up, no anomalies, nothing unchecked. */
export function entryFor(change: Change, overrides: Partial<ChangeEnrichment> = {}): ChangeEnrichment {
  return {
    key: changeKey(change),
    anomalies: { introduced: [], fixed: [], present: [], checkedBy: { to: 'version' } },
    licence: null,
    links: {},
    releaseNotes: null,
    unchecked: [],
    ...overrides,
  };
}

export function enrichmentOf(
  entries: ChangeEnrichment[],
  lookupFailures: EnrichmentResult['lookupFailures'] = [],
): EnrichmentResult {
  return {
    entries: new Map(entries.map((entry) => [entry.key, entry])),
    unchecked: [],
    lookupFailures,
    requests: {},
    offline: false,
  };
}

/** A register whose npm/express entry evaluated GHSA-qwcr-r2fm-qrc7 until 2027-04-02. */
export function registerWithEvaluation(): Register {
  return parseRegister(
    'soup/register.yml',
    `defaults:
  safety-class: B
items:
  npm/express:
    purpose: "HTTP server for the dosage REST API"
    requirements:
      - id: REQ-API-003
        text: "Routes authenticated requests to handlers"
    prerequisites: "Node.js 20 or 24 LTS"
    verification: "test/integration/api.test.ts"
    anomalies:
      - id: GHSA-qwcr-r2fm-qrc7
        state: not_affected
        justification: code_not_reachable
        reason: "We never use res.redirect with user input."
        by: qa-lead
        on: 2026-10-02
        expires: 2027-04-02
`,
  );
}

export function tick(item: string, by = 'qa-lead', at = '2026-11-20T10:00:00Z'): Tick {
  return { item, by, at, sha: HEAD, target: `target-of-${item}` };
}
