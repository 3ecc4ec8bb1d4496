import * as core from '@actions/core';
import {
  DEFAULT_BOT_APP,
  DEFAULT_BOT_LOGIN,
  DEFAULT_CONFIG_FILE,
  DEFAULT_DEPS_DEV_URL,
  DEFAULT_ENRICH,
  DEFAULT_GITHUB_API_URL,
  DEFAULT_GITHUB_SERVER_URL,
  DEFAULT_MAX_LOCKFILE_BYTES,
  DEFAULT_MAX_LOOKUPS,
  DEFAULT_MONITOR_CHECKS,
  DEFAULT_MONITOR_ISSUES_FOR,
  DEFAULT_MONITOR_LABEL,
  DEFAULT_NPM_REGISTRY_URL,
  DEFAULT_OBSOLETE_AFTER_DAYS,
  DEFAULT_OSV_URL,
  MONITOR_CHECKS,
  type MonitorCheck,
} from './defaults.js';
import { actionsRunUrl } from './run-url.js';

/** Bad action input: the message names the input and the fix. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export interface ActionConfig {
  token: string;
  /** Path of the policy file, read from the PR's base commit (never from its head). */
  configFile: string;
  ignore: string[];
  maxLockfileBytes: number;
  apiUrl: string;
  /** GITHUB_SERVER_URL: https://github.com, or a GitHub Enterprise Server's address. */
  serverUrl: string;
  /** This workflow run's page (GITHUB_SERVER_URL/REPOSITORY/RUN_ID), where its job summary is. */
  runUrl?: string;
  /** The login the bot comments as; only its comments carry the gate's marker. */
  botLogin: string;
  /** The GitHub App whose `soup-gate` check runs hold the gate's state. */
  botApp: string;
  /** Look up anomalies (OSV) and licences (deps.dev, registries) for every change. */
  enrich: boolean;
  osvUrl: string;
  depsDevUrl: string;
  /** Post-market monitoring (schedule, workflow_dispatch): the label of its issues. */
  monitorLabel: string;
  /** Checks beside anomalies: deprecated, archived, obsolete. */
  monitorChecks: MonitorCheck[];
  /** Which of those open an issue on their own (otherwise only the job summary lists them). */
  monitorIssuesFor: MonitorCheck[];
  /** A SOUP item with no release for this many days is reported as obsolete. */
  monitorObsoleteDays: number;
  /** Lookups per kind a monitoring run makes for those checks. */
  monitorMaxLookups: number;
  npmRegistryUrl: string;
}

export type { MonitorCheck };

function readChecks(name: string, fallback: readonly MonitorCheck[]): MonitorCheck[] {
  const raw = core.getInput(name).trim().toLowerCase();
  if (raw === '') return [...fallback];
  if (raw === 'none') return [];
  const values = raw.split(/[\s,]+/).filter((v) => v !== '');
  const bad = values.find((v) => !(MONITOR_CHECKS as readonly string[]).includes(v));
  if (bad !== undefined)
    throw new ConfigError(
      `input "${name}" lists "${bad}"; use a comma-separated list of ${MONITOR_CHECKS.join(', ')}, or none`,
    );
  return [...new Set(values as MonitorCheck[])];
}

function readCount(name: string, fallback: number): number {
  const raw = core.getInput(name).trim();
  const value = raw === '' ? fallback : Number(raw);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new ConfigError(`input "${name}" must be a whole number (0 or more); got "${raw}"`);
  return value;
}

function readString(name: string, fallback: string): string {
  const value = core.getInput(name).trim();
  return value === '' ? fallback : value;
}

function readBoolean(name: string, fallback: boolean): boolean {
  const value = core.getInput(name).trim().toLowerCase();
  if (value === '') return fallback;
  if (value === 'true' || value === 'false') return value === 'true';
  throw new ConfigError(`input "${name}" must be true or false; got "${value}"`);
}

function readUrl(name: string, fallback: string): string {
  const value = readString(name, fallback);
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return value.replace(/\/+$/, '');
  } catch {
    // fall through to the error
  }
  throw new ConfigError(`input "${name}" must be an http(s) URL such as ${fallback}; got "${value}"`);
}

/** The one reader of the action's inputs; everything downstream takes the typed result. */
function runUrl(env: NodeJS.ProcessEnv): { runUrl?: string } {
  const url = actionsRunUrl(env);
  return url === undefined ? {} : { runUrl: url };
}

export function readActionConfig(env: NodeJS.ProcessEnv = process.env): ActionConfig {
  const token = core.getInput('token');
  if (token === '') {
    throw new ConfigError(
      'input "token" is empty: leave it unset to use github.token, or pass a token with contents: read, pull-requests: write, checks: write',
    );
  }
  const rawMax = core.getInput('max-lockfile-bytes').trim();
  const maxLockfileBytes = rawMax === '' ? DEFAULT_MAX_LOCKFILE_BYTES : Number(rawMax);
  if (!Number.isSafeInteger(maxLockfileBytes) || maxLockfileBytes <= 0) {
    throw new ConfigError(
      `input "max-lockfile-bytes" must be a positive whole number of bytes; got "${rawMax}"`,
    );
  }
  const configFile = readString('config-file', DEFAULT_CONFIG_FILE);
  if (configFile.startsWith('/') || configFile.split('/').includes('..')) {
    throw new ConfigError(
      `input "config-file" must be a path inside the repository, like .github/soup-gate.yml; got "${configFile}"`,
    );
  }
  return {
    token,
    configFile,
    ignore: core.getMultilineInput('ignore').filter((line) => line.trim() !== ''),
    maxLockfileBytes,
    apiUrl: env.GITHUB_API_URL ?? DEFAULT_GITHUB_API_URL,
    serverUrl: (env.GITHUB_SERVER_URL ?? DEFAULT_GITHUB_SERVER_URL).replace(/\/+$/, ''),
    ...runUrl(env),
    botLogin: readString('bot-login', DEFAULT_BOT_LOGIN),
    botApp: readString('bot-app', DEFAULT_BOT_APP),
    enrich: readBoolean('enrich', DEFAULT_ENRICH),
    osvUrl: readUrl('osv-url', DEFAULT_OSV_URL),
    depsDevUrl: readUrl('deps-dev-url', DEFAULT_DEPS_DEV_URL),
    monitorLabel: readString('monitor-label', DEFAULT_MONITOR_LABEL),
    monitorChecks: readChecks('monitor-checks', DEFAULT_MONITOR_CHECKS),
    monitorIssuesFor: readChecks('monitor-issues-for', DEFAULT_MONITOR_ISSUES_FOR),
    monitorObsoleteDays: readCount('monitor-obsolete-days', DEFAULT_OBSOLETE_AFTER_DAYS),
    monitorMaxLookups: readCount('monitor-max-lookups', DEFAULT_MAX_LOOKUPS),
    npmRegistryUrl: readUrl('npm-registry-url', DEFAULT_NPM_REGISTRY_URL),
  };
}
