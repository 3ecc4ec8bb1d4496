import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/types.js';
import { readFileAt } from '../github/pull-request.js';
import { emptyRegister, parseRegister } from '../register/parse.js';
import { RegisterError, formatProblem, type Register } from '../register/types.js';
import { code } from '../markdown/escape.js';

export interface LoadedRegister {
  register: Register;
  /** Set when the file can't be read as a register: the gate fails closed with this reason. */
  blocker?: string;
}

/**
 * The register at the PR's head: people add the entry for a new SOUP item in the same PR. It is
 * parsed as data (never run); unfinished entries are kept and reported per item, so one entry
 * still marked TODO blocks only the PR that needs it.
 */
export async function loadRegister(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  path: string,
): Promise<LoadedRegister> {
  const text = await readFileAt(client, repo, sha, path);
  if (text === undefined) return { register: emptyRegister(path) };
  try {
    return { register: parseRegister(path, text, { allowIncomplete: true }) };
  } catch (error) {
    if (!(error instanceof RegisterError)) throw error;
    const first = error.problems[0];
    return {
      register: emptyRegister(path),
      blocker: `register ${code(path)} is invalid (${error.problems.length} problem(s)), first: ${code(first ? formatProblem(first) : error.message, 300)}`,
    };
  }
}
