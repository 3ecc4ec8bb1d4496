import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';
import { statusOf, withPermission } from './errors.js';
import { expectArray, field } from './json.js';

/** The latest time a label was applied to a PR: by whom, and the issue event's id (GitHub's own). */
export interface Labeling {
  actor: string;
  eventId: number;
}

/** The latest application of a label to the PR, from its issue events (the payload doesn't say). */
export async function findLatestLabeling(
  client: GitHubClient,
  repo: RepoRef,
  pr: number,
  label: string,
): Promise<Labeling | undefined> {
  return (await findLatestLabelings(client, repo, pr, [label])).get(label);
}

/** Who last applied each of `labels`, from one listing of the PR's issue events. */
export async function findLabelActors(
  client: GitHubClient,
  repo: RepoRef,
  pr: number,
  labels: readonly string[],
): Promise<Map<string, string>> {
  const found = await findLatestLabelings(client, repo, pr, labels);
  return new Map([...found].map(([label, labeling]) => [label, labeling.actor]));
}

async function findLatestLabelings(
  client: GitHubClient,
  repo: RepoRef,
  pr: number,
  labels: readonly string[],
): Promise<Map<string, Labeling>> {
  const found = new Map<string, Labeling>();
  if (labels.length === 0) return found;
  const wanted = new Set(labels);
  const events = expectArray(
    await client.paginate('GET /repos/{owner}/{repo}/issues/{issue_number}/events', {
      ...repo,
      issue_number: pr,
      per_page: 100,
    }),
    'the PR events',
  );
  // Events come oldest first; the last `labeled` one of a label is its current application.
  for (const event of events) {
    const name = field(field(event, 'label'), 'name');
    const login = field(field(event, 'actor'), 'login');
    const id = field(event, 'id');
    if (
      field(event, 'event') === 'labeled' &&
      typeof name === 'string' &&
      wanted.has(name) &&
      typeof login === 'string' &&
      typeof id === 'number'
    )
      found.set(name, { actor: login, eventId: id });
  }
  return found;
}

export async function removeLabel(
  client: GitHubClient,
  repo: RepoRef,
  pr: number,
  label: string,
): Promise<void> {
  await withPermission(`remove the label "${label}"`, 'pull-requests: write', async () => {
    try {
      await client.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', {
        ...repo,
        issue_number: pr,
        name: label,
      });
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  });
}
