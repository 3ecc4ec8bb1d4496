import type { Policy } from '../config/policy.js';
import { enrichChanges } from '../enrich/enrich.js';
import type { EnrichmentResult } from '../enrich/types.js';
import { tagExists } from '../github/tags.js';
import type { Change } from '../inventory/diff.js';
import type { AppContext } from './context.js';

/** Tags of github.com repositories can only be confirmed through github.com's own API. */
const GITHUB_COM = 'https://github.com';

/**
 * Anomalies, licences and links of the changes, with the action's endpoints and the policy's licence
 * rules. Release tags are confirmed through the action's GitHub client (bounded per event, see
 * DEFAULT_MAX_TAG_LOOKUPS); on GitHub Enterprise Server, whose API does not hold github.com's
 * repositories, nothing is confirmed, so no link names a tag.
 */
export function lookUpChanges(
  context: AppContext,
  changes: readonly Change[],
  policy: Policy,
): Promise<EnrichmentResult> {
  const { client, config, io } = context;
  return enrichChanges(changes, {
    fetch: globalThis.fetch,
    osvUrl: config.osvUrl,
    depsDevUrl: config.depsDevUrl,
    licencePolicy: {
      allow: policy.licences.allow,
      deny: policy.licences.deny,
      unknown: policy.licences.unknown,
    },
    ...(config.serverUrl === GITHUB_COM ? { tagExists: (repo, tag) => tagExists(client, repo, tag) } : {}),
    onProgress: io.info,
  });
}
