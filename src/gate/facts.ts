import type { EnrichmentResult } from '../enrich/types.js';
import { enrichmentFor } from '../enrich/enrich.js';
import { changeKey } from '../inventory/change-key.js';
import type { Change } from '../inventory/diff.js';
import type { ChangeFacts } from './checklist.js';

/**
 * The looked-up facts a checklist item's wording carries (release-notes link, anomaly ids), keyed by
 * change. The gate and the change record both build items from this, so the record's items read
 * exactly as the ones the reviewers ticked.
 */
export function checklistFacts(
  changes: readonly Change[],
  enrichment: EnrichmentResult | undefined,
): Map<string, ChangeFacts> {
  const facts = new Map<string, ChangeFacts>();
  if (!enrichment) return facts;
  for (const change of changes) {
    const entry = enrichmentFor(enrichment, change);
    if (!entry) continue;
    // A link naming a guessed tag never goes into an item a reviewer ticks (enrichment makes none).
    const notes = entry.releaseNotes?.tagGuessed === false ? entry.releaseNotes : undefined;
    const present = [...(entry.anomalies?.introduced ?? []), ...(entry.anomalies?.present ?? [])].map(
      (a) => a.id,
    );
    facts.set(changeKey(change), {
      ...(notes ? { releaseNotes: { url: notes.url, kind: notes.kind } } : {}),
      ...(entry.anomalies ? { anomalies: { present, fixed: entry.anomalies.fixed.map((a) => a.id) } } : {}),
    });
  }
  return facts;
}
