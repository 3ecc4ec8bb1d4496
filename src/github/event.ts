import { readFile } from 'node:fs/promises';

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
