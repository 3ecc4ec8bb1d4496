import type { GitHubClient } from './client.js';
import type { RepoRef } from './types.js';
import { statusOf, withPermission } from './errors.js';
import { expectArray, field } from './json.js';

/** Who last applied a label to the PR, from its issue events (the payload doesn't say). */
export async function findLabelActor(
  client: GitHubClient,
  repo: RepoRef,
  pr: number,
  label: string,
): Promise<string | undefined> {
  return (await findLabelActors(client, repo, pr, [label])).get(label);
}

/** Who last applied each of `labels`, from one listing of the PR's issue events. */
export async function findLabelActors(
  client: GitHubClient,
  repo: RepoRef,
  pr: number,
  labels: readonly string[],
): Promise<Map<string, string>> {
  const actors = new Map<string, string>();
  if (labels.length === 0) return actors;
  const wanted = new Set(labels);
  const events = expectArray(
    await client.paginate(client.rest.issues.listEvents, { ...repo, issue_number: pr, per_page: 100 }),
    'the PR events',
  );
  for (const event of events) {
    const name = field(field(event, 'label'), 'name');
    const login = field(field(event, 'actor'), 'login');
    if (
      field(event, 'event') === 'labeled' &&
      typeof name === 'string' &&
      wanted.has(name) &&
      typeof login === 'string'
    )
      actors.set(name, login);
  }
  return actors;
}

export async function removeLabel(
  client: GitHubClient,
  repo: RepoRef,
  pr: number,
  label: string,
): Promise<void> {
  await withPermission(`remove the label "${label}"`, 'pull-requests: write', async () => {
    try {
      await client.rest.issues.removeLabel({ ...repo, issue_number: pr, name: label });
    } catch (error) {
      if (statusOf(error) !== 404) throw error;
    }
  });
}
