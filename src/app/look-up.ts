import type { Policy } from '../config/policy.js';
import { enrichChanges } from '../enrich/enrich.js';
import type { EnrichmentResult } from '../enrich/types.js';
import type { Change } from '../inventory/diff.js';
import type { AppContext } from './context.js';

/** Anomalies, licences and links of the changes, with the action's endpoints and the policy's licence rules. */
export function lookUpChanges(
  context: AppContext,
  changes: readonly Change[],
  policy: Policy,
): Promise<EnrichmentResult> {
  const { config, io } = context;
  return enrichChanges(changes, {
    fetch: globalThis.fetch,
    osvUrl: config.osvUrl,
    depsDevUrl: config.depsDevUrl,
    licencePolicy: {
      allow: policy.licences.allow,
      deny: policy.licences.deny,
      unknown: policy.licences.unknown,
    },
    onProgress: io.info,
  });
}
