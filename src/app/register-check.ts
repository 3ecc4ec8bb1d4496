import type { RegisterSides } from '../gate/register-entries.js';
import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/types.js';
import { readFileAt } from '../github/pull-request.js';
import { emptyRegister, parseRegister } from '../register/parse.js';
import { RegisterError, formatProblem, type Register } from '../register/types.js';
import { code } from '../markdown/escape.js';

export interface LoadedRegister {
  register: Register;
  /** Whether the file exists at that commit. */
  exists: boolean;
  /** Set when the file can't be read as a register: the gate fails closed with this reason. */
  blocker?: string;
}

/**
 * The register at one commit, parsed as data (never run); unfinished entries are kept and
 * reported per item, so one entry still marked TODO blocks only the PR that needs it.
 */
export async function loadRegister(
  client: GitHubClient,
  repo: RepoRef,
  sha: string,
  path: string,
): Promise<LoadedRegister> {
  const text = await readFileAt(client, repo, sha, path);
  if (text === undefined) return { register: emptyRegister(path), exists: false };
  try {
    return { register: parseRegister(path, text, { allowIncomplete: true }), exists: true };
  } catch (error) {
    if (!(error instanceof RegisterError)) throw error;
    const first = error.problems[0];
    return {
      register: emptyRegister(path),
      exists: true,
      blocker: `register ${code(path)} is invalid (${error.problems.length} problem(s)), first: ${code(first ? formatProblem(first) : error.message, 300)}`,
    };
  }
}

/**
 * The register at the PR's base and head (one read each): the head's holds the entries people
 * add with new SOUP, the base branch's the evaluations that may waive a review (rules in
 * gate/register-entries.ts settleRegister). An invalid register at the head blocks the gate; an
 * invalid one on the base branch only means none of its evaluations count, so the PR fixing it
 * is not blocked by it.
 */
export async function loadRegisterSides(
  client: GitHubClient,
  repo: RepoRef,
  pr: { baseSha: string; headSha: string },
  path: string,
): Promise<{ sides: RegisterSides; blocker?: string }> {
  const base = await loadRegister(client, repo, pr.baseSha, path);
  const head = await loadRegister(client, repo, pr.headSha, path);
  return {
    sides: {
      base: base.register,
      head: head.register,
      deleted: base.exists && !head.exists,
      ...(base.blocker ? { baseProblem: base.blocker } : {}),
    },
    ...(head.blocker ? { blocker: head.blocker } : {}),
  };
}
