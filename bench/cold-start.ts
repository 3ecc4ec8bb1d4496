// Cold start of dist/index.js: from spawning `node dist/index.js` for a pull_request_target event
// until its first API request arrives at a loopback server, against spawning `node -e 0` (the floor
// no action can beat). The server answers 404 to everything, which ends the run quickly.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function once(
  firstRequest: () => Promise<number>,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, args, { env, stdio: 'ignore' });
  const exited = new Promise<number>((resolve) => child.on('exit', () => resolve(performance.now())));
  const arrived = await Promise.race([firstRequest(), exited]);
  child.kill();
  await exited;
  return arrived - started;
}

export async function measureColdStart(runs = 9): Promise<{ actionMs: number; floorMs: number }> {
  let waiting: ((t: number) => void) | undefined;
  const server = createServer((_req, res) => {
    waiting?.(performance.now());
    waiting = undefined;
    res.writeHead(404, { 'content-type': 'application/json' }).end('{"message":"Not Found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const dir = mkdtempSync(join(tmpdir(), 'soup-gate-cold-'));
  const eventPath = join(dir, 'event.json');
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'opened',
      pull_request: { number: 1, base: { sha: 'a'.repeat(40) }, head: { sha: 'b'.repeat(40) } },
      repository: { full_name: 'acme/pump' },
    }),
  );
  const env = {
    PATH: process.env.PATH,
    GITHUB_EVENT_NAME: 'pull_request_target',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_API_URL: `http://127.0.0.1:${port}`,
    GITHUB_REPOSITORY: 'acme/pump',
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary'),
    INPUT_TOKEN: 'bench-token',
    INPUT_ENRICH: 'false',
  };
  const firstRequest = (): Promise<number> => new Promise((resolve) => (waiting = resolve));
  const action: number[] = [];
  const floor: number[] = [];
  for (let i = 0; i < runs; i++) {
    action.push(await once(firstRequest, ['dist/index.js'], env));
    floor.push(await once(() => new Promise(() => {}), ['-e', '0'], env));
  }
  server.close();
  return { actionMs: median(action), floorMs: median(floor) };
}
