// Runs the bundled action (dist/index.js) as a child process with the environment a GitHub
// runner gives it, and reads back what a runner would: exit code, GITHUB_OUTPUT, the job summary
// and the workflow-command annotations printed on stdout.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { RunnerEvent } from './webhook-events.js';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  properties: Record<string, string>;
}

export interface ActionResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  annotations: Annotation[];
  /** Date.now() just before the child was spawned (compare with the fake's `receivedAt`). */
  startedAt: number;
  /** Wall time of the child, spawn to exit. */
  durationMs: number;
}

export interface RunActionOptions {
  /** GITHUB_EVENT_NAME + payload + GITHUB_SHA/GITHUB_REF, from webhook-events.ts. */
  event: RunnerEvent;
  /** Action inputs by their action.yml names ('max-lockfile-bytes'); defaults come from action.yml. */
  inputs?: Record<string, string>;
  /** Extra or overriding environment variables. */
  env?: Record<string, string>;
  /** GITHUB_API_URL: the fake's url. */
  apiUrl: string;
  /** Substituted for `${{ github.token }}` (the token input's default). */
  token: string;
  /** GITHUB_REPOSITORY; default the payload's repository.full_name. */
  repository?: string;
  /** GITHUB_WORKSPACE and the child's cwd; default an empty temp folder (nothing checked out). */
  cwd?: string;
  /** Default dist/index.js of this repository. */
  entry?: string;
  timeoutMs?: number;
}

/** `name` -> `INPUT_NAME` the way @actions/core reads it: spaces to `_`, upper case, `-` kept. */
export function inputEnvName(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** Input defaults from action.yml, with `${{ github.token }}` resolved; other expressions are refused. */
export async function readActionDefaults(
  token: string,
  actionYml = join(REPO_ROOT, 'action.yml'),
): Promise<Record<string, string>> {
  const doc = parseYaml(await readFile(actionYml, 'utf8')) as {
    inputs?: Record<string, { default?: unknown }>;
  };
  const out: Record<string, string> = {};
  for (const [name, spec] of Object.entries(doc.inputs ?? {})) {
    if (spec?.default === undefined) continue;
    const value = String(spec.default);
    const resolved = value.replace(/\$\{\{\s*github\.token\s*\}\}/g, token);
    if (/\$\{\{/.test(resolved))
      throw new Error(
        `action.yml input "${name}" has a default expression run-action cannot evaluate: ${value}`,
      );
    out[name] = resolved;
  }
  return out;
}

/** Parses a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIM ... DELIM` blocks. */
export function parseOutputFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] as string;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc as unknown as [string, string, string];
      const value: string[] = [];
      i += 1;
      while (i < lines.length && lines[i] !== delimiter) {
        value.push(lines[i] as string);
        i += 1;
      }
      if (i >= lines.length)
        throw new Error(`GITHUB_OUTPUT: "${name}" is missing its closing delimiter ${delimiter}`);
      out[name] = value.join('\n');
      continue;
    }
    const eq = line.indexOf('=');
    if (eq === -1) throw new Error(`GITHUB_OUTPUT: cannot parse line ${i + 1}: ${line}`);
    out[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return out;
}

function unescapeData(text: string): string {
  return text.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

function unescapeProperty(text: string): string {
  return unescapeData(text).replace(/%3A/g, ':').replace(/%2C/g, ',');
}

/** `::warning file=a,line=3::message` lines from stdout (workflow command syntax). */
export function parseAnnotations(stdout: string): Annotation[] {
  const out: Annotation[] = [];
  for (const line of stdout.split(/\r?\n/)) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) continue;
    const properties: Record<string, string> = {};
    for (const pair of (m[2] ?? '').split(',').filter((p) => p !== '')) {
      const eq = pair.indexOf('=');
      if (eq > 0) properties[pair.slice(0, eq)] = unescapeProperty(pair.slice(eq + 1));
    }
    out.push({ level: m[1] as Annotation['level'], message: unescapeData(m[3] ?? ''), properties });
  }
  return out;
}

export async function runAction(options: RunActionOptions): Promise<ActionResult> {
  const temp = await mkdtemp(join(tmpdir(), 'soup-gate-run-'));
  try {
    const eventPath = join(temp, 'event.json');
    const outputPath = join(temp, 'output.txt');
    const summaryPath = join(temp, 'summary.md');
    const statePath = join(temp, 'state.txt');
    const envPath = join(temp, 'env.txt');
    const pathPath = join(temp, 'path.txt');
    await Promise.all([
      writeFile(eventPath, JSON.stringify(options.event.payload)),
      writeFile(outputPath, ''),
      writeFile(summaryPath, ''),
      writeFile(statePath, ''),
      writeFile(envPath, ''),
      writeFile(pathPath, ''),
    ]);
    const workspace = options.cwd ?? join(temp, 'workspace');
    if (!options.cwd) await mkdir(workspace);
    const payloadRepo = (options.event.payload.repository as { full_name?: string } | undefined)?.full_name;
    const repository = options.repository ?? payloadRepo;
    if (!repository) throw new Error('runAction: the payload has no repository.full_name; pass `repository`');
    const inputs = { ...(await readActionDefaults(options.token)), ...options.inputs };
    // A clean environment: the host's GITHUB_* (when tests run inside Actions) must not leak in.
    const env: Record<string, string> = {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? temp,
      LANG: 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_EVENT_NAME: options.event.name,
      GITHUB_EVENT_PATH: eventPath,
      GITHUB_API_URL: options.apiUrl,
      GITHUB_GRAPHQL_URL: `${options.apiUrl}/graphql`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: repository,
      GITHUB_REPOSITORY_OWNER: repository.split('/')[0] as string,
      GITHUB_SHA: options.event.sha,
      GITHUB_REF: options.event.ref,
      GITHUB_REF_NAME: options.event.ref.replace(/^refs\/(heads|tags)\//, ''),
      GITHUB_HEAD_REF: options.event.headRef ?? '',
      GITHUB_BASE_REF: options.event.baseRef ?? '',
      GITHUB_WORKSPACE: workspace,
      GITHUB_OUTPUT: outputPath,
      GITHUB_STEP_SUMMARY: summaryPath,
      GITHUB_STATE: statePath,
      GITHUB_ENV: envPath,
      GITHUB_PATH: pathPath,
      GITHUB_ACTOR: String(
        (options.event.payload.sender as { login?: string } | undefined)?.login ?? 'octo-dev',
      ),
      GITHUB_WORKFLOW: 'soup-gate',
      GITHUB_JOB: 'soup-gate',
      GITHUB_RUN_ID: '4242',
      GITHUB_RUN_NUMBER: '7',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_ACTION: 'soup-gate',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: temp,
      RUNNER_DEBUG: '0',
    };
    for (const [name, value] of Object.entries(inputs)) env[inputEnvName(name)] = value;
    Object.assign(env, options.env);
    const entry = options.entry ?? join(REPO_ROOT, 'dist', 'index.js');
    const timeoutMs = options.timeoutMs ?? 30_000;
    const startedAt = Date.now();
    const started = performance.now();
    const { code, signal, stdout, stderr } = await new Promise<{
      code: number | null;
      signal: NodeJS.Signals | null;
      stdout: string;
      stderr: string;
    }>((resolvePromise, reject) => {
      const child = spawn(process.execPath, [entry], {
        cwd: workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      const out: Buffer[] = [];
      const err: Buffer[] = [];
      child.stdout.on('data', (c: Buffer) => out.push(c));
      child.stderr.on('data', (c: Buffer) => err.push(c));
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        reject(
          new Error(
            `runAction: ${entry} did not finish within ${timeoutMs} ms\n--- stdout\n${Buffer.concat(out).toString()}\n--- stderr\n${Buffer.concat(err).toString()}`,
          ),
        );
      }, timeoutMs);
      child.on('error', (e) => {
        clearTimeout(timer);
        reject(e);
      });
      child.on('close', (c, s) => {
        clearTimeout(timer);
        resolvePromise({
          code: c,
          signal: s,
          stdout: Buffer.concat(out).toString(),
          stderr: Buffer.concat(err).toString(),
        });
      });
    });
    const durationMs = performance.now() - started;
    return {
      code,
      signal,
      stdout,
      stderr,
      outputs: parseOutputFile(await readFile(outputPath, 'utf8')),
      summary: await readFile(summaryPath, 'utf8'),
      annotations: parseAnnotations(stdout),
      startedAt,
      durationMs,
    };
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
