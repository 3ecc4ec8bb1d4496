import type { Policy } from '../config/policy.js';
import { enrichmentFor } from '../enrich/enrich.js';
import type { EnrichmentResult } from '../enrich/types.js';
import { code } from '../markdown/escape.js';
import type { ChecklistSection } from './checklist.js';

export interface EnrichmentFindings {
  /** Markdown lines that keep the gate red. */
  blockers: string[];
  /** Plain text for the job log: what could not be checked but does not block. */
  warnings: string[];
}

/**
 * What the look-ups of the gated changes leave open: anomalies that could not be looked up block
 * unless the policy says `on-lookup-failure: warn` (fail closed by default), a licence the policy
 * denies always blocks, and everything else unchecked is a warning. A gated change without any
 * look-up result counts as one whose anomalies could not be checked.
 */
export function enrichmentBlockers(
  sections: readonly ChecklistSection[],
  enrichment: EnrichmentResult | undefined,
  onLookupFailure: Policy['anomalies']['onLookupFailure'],
): EnrichmentFindings {
  const findings: EnrichmentFindings = { blockers: [], warnings: [] };
  if (!enrichment) return findings;
  for (const section of sections) {
    if (!section.gated) continue;
    const entry = enrichmentFor(enrichment, section.change);
    const name = code(section.change.name);
    for (const unchecked of entry?.unchecked ?? [{ what: 'anomalies', reason: 'no lookup result' }]) {
      if (unchecked.what === 'anomalies' && onLookupFailure === 'fail')
        findings.blockers.push(
          `${unchecked.what} of ${name} could not be checked: ${code(unchecked.reason, 300)}`,
        );
      else
        findings.warnings.push(
          `${unchecked.what} of ${section.change.name} could not be checked: ${unchecked.reason}`,
        );
    }
    const verdict = entry?.licence?.verdict;
    if (verdict?.blocking) {
      findings.blockers.push(
        `licence of ${name} ${code(entry?.licence?.to?.expression ?? 'unknown')}: ${verdict.verdict} — ${code(verdict.reason, 300)}`,
      );
    }
  }
  for (const failure of enrichment.lookupFailures)
    findings.warnings.push(`lookup failed: ${failure.url}: ${failure.reason}`);
  return findings;
}
