import { readFile } from 'node:fs/promises';
import type { PullRequestRef } from './pull-request.js';

export interface RunnerEvent {
  name: string;
  payload: Record<string, unknown>;
}

/** Reads the webhook payload the runner saved; a missing file is an empty payload (local runs). */
export async function readRunnerEvent(env: NodeJS.ProcessEnv = process.env): Promise<RunnerEvent> {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const path = env.GITHUB_EVENT_PATH;
  if (!path) return { name, payload: {} };
  const payload: unknown = JSON.parse(await readFile(path, 'utf8'));
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    throw new Error(`GITHUB_EVENT_PATH (${path}) does not hold a JSON object`);
  }
  return { name, payload: payload as Record<string, unknown> };
}

export const PULL_REQUEST_EVENTS = new Set(['pull_request', 'pull_request_target']);

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/** The PR a pull_request(_target) payload is about, validated where it arrives. */
export function readPullRequest(event: RunnerEvent): PullRequestRef {
  const pr = field(event.payload, 'pull_request');
  const number = field(pr, 'number');
  const baseSha = field(field(pr, 'base'), 'sha');
  const headSha = field(field(pr, 'head'), 'sha');
  const fullName = field(field(event.payload, 'repository'), 'full_name');
  if (
    typeof number !== 'number' ||
    typeof baseSha !== 'string' ||
    typeof headSha !== 'string' ||
    typeof fullName !== 'string' ||
    !fullName.includes('/')
  ) {
    throw new Error(
      `the ${event.name} payload lacks pull_request.number, base.sha, head.sha or repository.full_name`,
    );
  }
  const [owner, repo] = fullName.split('/') as [string, string];
  return { owner, repo, number, baseSha, headSha };
}
