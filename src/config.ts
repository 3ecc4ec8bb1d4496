import * as core from '@actions/core';
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit } from 'yaml';
import { DEFAULT_POLICY, type Permission, type Policy } from './gate/policy.js';
import { DEFAULT_MAX_LOCKFILE_BYTES } from './lockfiles/errors.js';

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

export type MonitorCheck = 'deprecated' | 'archived' | 'obsolete';
const MONITOR_CHECKS: readonly MonitorCheck[] = ['deprecated', 'archived', 'obsolete'];

function readChecks(name: string, fallback: string): MonitorCheck[] {
  const raw = (core.getInput(name).trim() || fallback).toLowerCase();
  if (raw === 'none' || raw === '') return [];
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
  const configFile = readString('config-file', '.github/soup-gate.yml');
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
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    botLogin: readString('bot-login', 'github-actions[bot]'),
    botApp: readString('bot-app', 'github-actions'),
    enrich: readBoolean('enrich', true),
    osvUrl: readUrl('osv-url', 'https://api.osv.dev'),
    depsDevUrl: readUrl('deps-dev-url', 'https://api.deps.dev'),
    monitorLabel: readString('monitor-label', 'soup:anomaly'),
    monitorChecks: readChecks('monitor-checks', 'deprecated, archived, obsolete'),
    monitorIssuesFor: readChecks('monitor-issues-for', 'none'),
    monitorObsoleteDays: readCount('monitor-obsolete-days', 730),
    monitorMaxLookups: readCount('monitor-max-lookups', 200),
    npmRegistryUrl: readUrl('npm-registry-url', 'https://registry.npmjs.org'),
  };
}

// ---- the policy file (.github/soup-gate.yml), read from the base branch, never from the PR head ----

/** A policy file problem: the message names the file, line, key and the fix. */
export class PolicyFileError extends Error {
  override readonly name = 'PolicyFileError';
}

const SCHEMA: Record<string, Record<string, 'string' | 'boolean' | 'list' | readonly string[]> | 'string'> = {
  scope: { dependencies: ['direct', 'all'], 'include-dev': 'boolean' },
  register: 'string',
  outputs: { list: 'string', sbom: 'string', changes: 'string' },
  reviewers: {
    permission: ['read', 'triage', 'write', 'maintain', 'admin'],
    teams: 'list',
    'separation-of-duties': 'boolean',
  },
  evidence: { 'check-runs': 'list', links: 'boolean', required: 'boolean' },
  labels: { 'anomalies-reviewed': 'string', 'require-anomaly-label': ['when-anomalies', 'always', 'never'] },
  anomalies: { 'on-lookup-failure': ['fail', 'warn'] },
  licences: { allow: 'list', deny: 'list', unknown: ['fail', 'warn'] },
  ignore: { paths: 'list', packages: 'list' },
};

/**
 * Parses and validates the policy file. Unknown keys are errors (a typo must not silently weaken
 * the gate); every problem names its line. A missing file means the defaults.
 */
export function parsePolicyFile(path: string, text: string | undefined): Policy {
  if (text === undefined) return DEFAULT_POLICY;
  const lines = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: lines,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const where = (offset: number | undefined): string =>
    offset === undefined ? path : `${path}:${lines.linePos(offset).line}`;
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    throw new PolicyFileError(`${where(error.pos[0])}: invalid YAML: ${error.message.split('\n')[0]}`);
  }
  const problems: string[] = [];
  // A policy needs no aliases, and refusing them rules out alias bombs.
  visit(doc, {
    Alias(_key, node) {
      const problem = `${where(node.range?.[0])}: YAML aliases are not allowed in the policy file`;
      // Once per line: an alias bomb has hundreds on one line.
      if (isAlias(node) && !problems.includes(problem)) problems.push(problem);
    },
  });
  const root = doc.contents;
  if (root !== null && !isMap(root))
    throw new PolicyFileError(`${path}:1: expected a mapping of policy sections`);
  const values: Record<string, Record<string, unknown> | unknown> = {};
  for (const pair of isMap(root) ? root.items : []) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    const offset = isScalar(pair.key) ? pair.key.range?.[0] : undefined;
    const shape = Object.hasOwn(SCHEMA, key) ? SCHEMA[key] : undefined;
    if (shape === undefined) {
      problems.push(`${where(offset)}: unknown section "${key}"; known: ${Object.keys(SCHEMA).join(', ')}`);
      continue;
    }
    if (shape === 'string') {
      if (!isScalar(pair.value) || typeof pair.value.value !== 'string' || pair.value.value.trim() === '') {
        problems.push(`${where(offset)}: "${key}" must be a path`);
      } else values[key] = pair.value.value;
      continue;
    }
    if (!isMap(pair.value)) {
      problems.push(`${where(offset)}: "${key}" must be a mapping with ${Object.keys(shape).join(', ')}`);
      continue;
    }
    const section: Record<string, unknown> = {};
    for (const item of pair.value.items) {
      const name = isScalar(item.key) ? String(item.key.value) : '';
      const at = where(isScalar(item.key) ? item.key.range?.[0] : undefined);
      const expected = Object.hasOwn(shape, name) ? shape[name] : undefined;
      const value = (item.value as { toJSON?: () => unknown } | null)?.toJSON?.() ?? null;
      if (expected === undefined) {
        problems.push(`${at}: unknown key "${key}.${name}"; known: ${Object.keys(shape).join(', ')}`);
      } else if (expected === 'boolean' && typeof value !== 'boolean') {
        problems.push(`${at}: "${key}.${name}" must be true or false`);
      } else if (expected === 'string' && (typeof value !== 'string' || value.trim() === '')) {
        problems.push(`${at}: "${key}.${name}" must be a non-empty string`);
      } else if (
        expected === 'list' &&
        (!isSeq(item.value) || !(value as unknown[]).every((v) => typeof v === 'string'))
      ) {
        problems.push(`${at}: "${key}.${name}" must be a list of strings, e.g. [a, b]`);
      } else if (Array.isArray(expected) && !expected.includes(value as string)) {
        problems.push(
          `${at}: "${key}.${name}" must be one of ${expected.join(', ')} (got ${JSON.stringify(value)})`,
        );
      } else section[name] = value;
    }
    values[key] = section;
  }
  if (problems.length > 0)
    throw new PolicyFileError(`invalid policy file:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return toPolicy(values as Record<string, Record<string, unknown>> & { register?: string });
}

function toPolicy(v: Record<string, Record<string, unknown>> & { register?: unknown }): Policy {
  const d = DEFAULT_POLICY;
  const pick = <T>(section: string, key: string, fallback: T): T =>
    (v[section]?.[key] as T | undefined) ?? fallback;
  return {
    scope: {
      dependencies: pick('scope', 'dependencies', d.scope.dependencies),
      includeDev: pick('scope', 'include-dev', d.scope.includeDev),
    },
    register: typeof v.register === 'string' ? v.register : d.register,
    outputs: {
      list: pick('outputs', 'list', d.outputs.list),
      sbom: pick('outputs', 'sbom', d.outputs.sbom),
      changes: pick('outputs', 'changes', d.outputs.changes),
    },
    reviewers: {
      permission: pick<Permission>('reviewers', 'permission', d.reviewers.permission),
      teams: pick('reviewers', 'teams', d.reviewers.teams),
      separationOfDuties: pick('reviewers', 'separation-of-duties', d.reviewers.separationOfDuties),
    },
    evidence: {
      checkRuns: pick('evidence', 'check-runs', d.evidence.checkRuns),
      links: pick('evidence', 'links', d.evidence.links),
      required: pick('evidence', 'required', d.evidence.required),
    },
    labels: {
      anomaliesReviewed: pick('labels', 'anomalies-reviewed', d.labels.anomaliesReviewed),
      requireAnomalyLabel: pick('labels', 'require-anomaly-label', d.labels.requireAnomalyLabel),
    },
    anomalies: { onLookupFailure: pick('anomalies', 'on-lookup-failure', d.anomalies.onLookupFailure) },
    licences: {
      allow: pick('licences', 'allow', d.licences.allow),
      deny: pick('licences', 'deny', d.licences.deny),
      unknown: pick('licences', 'unknown', d.licences.unknown),
    },
    ignore: {
      paths: pick('ignore', 'paths', d.ignore.paths),
      packages: pick('ignore', 'packages', d.ignore.packages),
    },
  };
}
