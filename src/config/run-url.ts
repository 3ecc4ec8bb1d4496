import { repositoryUrl } from '../markdown/commit-link.js';
import { DEFAULT_GITHUB_SERVER_URL } from './defaults.js';

/**
 * The page of the workflow run this process is part of, from the runner's own variables
 * (GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID); undefined outside a run or when a value
 * is not what the runner writes, so a malformed variable never becomes a link. Its own module:
 * the CLI reads it too, without the action's input reader.
 */
export function actionsRunUrl(env: NodeJS.ProcessEnv): string | undefined {
  // The repository's address is checked where commit links are built: one rule for both links.
  const repository = repositoryUrl(env.GITHUB_SERVER_URL ?? DEFAULT_GITHUB_SERVER_URL, env.GITHUB_REPOSITORY);
  const id = env.GITHUB_RUN_ID ?? '';
  return repository !== undefined && /^\d+$/.test(id) ? `${repository}/actions/runs/${id}` : undefined;
}
