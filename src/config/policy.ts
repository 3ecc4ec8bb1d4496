import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Node } from 'yaml';

/** The team's policy, from `.github/soup-gate.yml` on the base branch (never from the PR's head). */
export type Permission = 'read' | 'triage' | 'write' | 'maintain' | 'admin';

export interface Policy {
  scope: {
    /** Which changes get a checklist: only direct ones (unknowable counts as direct) or all. */
    dependencies: 'direct' | 'all';
    /** Dev/test-only packages are listed but not gated unless this is true. */
    includeDev: boolean;
  };
  register: string;
  outputs: { list: string; sbom: string; changes: string };
  reviewers: {
    permission: Permission;
    /** `org/team-slug` or `team-slug` (the repository owner's org); empty: anyone with the permission. */
    teams: string[];
    /** The PR author's ticks don't count. */
    separationOfDuties: boolean;
  };
  evidence: {
    /** Names of check runs whose success on the head SHA is re-verification evidence. */
    checkRuns: string[];
    /**
     * Slugs of the GitHub Apps whose check runs count (GitHub Actions by default): a check run's
     * name is chosen by whoever writes it, so the name alone proves nothing.
     */
    checkRunApps: string[];
    /**
     * Workflows whose runs, linked in the PR body, count: a file path (`.github/workflows/x.yml`)
     * or a workflow name. The file must exist on the base branch and be unchanged by the PR, so a
     * workflow the PR adds or rewrites never counts.
     */
    workflows: string[];
    /** Also accept a link to a successful run of one of `workflows` in the PR body. */
    links: boolean;
    /** No evidence needed (for teams that gate evidence elsewhere). */
    required: boolean;
    /**
     * Name (a glob, `*` any run of characters) of the workflow artifact holding the JUnit XML the
     * evidence run uploads; undefined: requirement-level re-verification is off. Read only from a
     * run of a workflow in `workflows`, whose file the PR leaves unchanged.
     */
    junitArtifact?: string;
    /** Which files inside that artifact are JUnit XML (a glob; `**` crosses folders). */
    junitFiles: string;
  };
  labels: {
    anomaliesReviewed: string;
    requireAnomalyLabel: 'when-anomalies' | 'always' | 'never';
  };
  anomalies: { onLookupFailure: 'fail' | 'warn' };
  licences: { allow: string[]; deny: string[]; unknown: 'fail' | 'warn' };
  ignore: { paths: string[]; packages: string[] };
  /**
   * Which checklist items each kind of change needs, by rule key (`patch`, `patch-transitive`,
   * `major-direct`, …: see ruleKeysFor). A kind no rule names gets the gate's default set.
   */
  checklist: Readonly<Record<string, readonly ChecklistItemName[]>>;
}

/**
 * The kinds of change a checklist rule names: the bump class of a version change (`other` is a
 * prerelease or a bump no ordering can classify), an addition, a removal, or a supply-chain signal
 * with no version change (a new source or a new artefact under the same version).
 */
export const CHANGE_KINDS = [
  'major',
  'minor',
  'patch',
  'other',
  'downgrade',
  'added',
  'removed',
  'source-changed',
  'integrity-changed',
] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];

/**
 * The checklist items a rule can ask for (the gate's item kinds, src/gate/checklist.ts). `combined`
 * is one box for release notes, anomalies and requirements together (for low-risk changes). The
 * source and artefact items are not here: a signal always brings its own item, whatever the rule.
 */
export const CHECKLIST_ITEMS = [
  'release-notes',
  'anomalies',
  'requirements',
  'regulatory',
  'downgrade',
  'register-entry',
  'failure-modes',
  'risk-controls',
  'combined',
] as const;
export type ChecklistItemName = (typeof CHECKLIST_ITEMS)[number];

const VERSION_ITEMS: readonly ChecklistItemName[] = [
  'release-notes',
  'anomalies',
  'requirements',
  'regulatory',
  'register-entry',
  'failure-modes',
  'combined',
];

/** The items that make sense for each kind of change (release notes of an addition do not exist). */
export const ITEMS_FOR_KIND: Readonly<Record<ChangeKind, readonly ChecklistItemName[]>> = {
  major: VERSION_ITEMS,
  minor: VERSION_ITEMS,
  patch: VERSION_ITEMS,
  other: VERSION_ITEMS,
  downgrade: [...VERSION_ITEMS, 'downgrade'],
  added: ['register-entry', 'anomalies', 'failure-modes', 'regulatory', 'combined'],
  removed: ['risk-controls', 'register-entry'],
  'source-changed': ['anomalies', 'requirements', 'register-entry', 'failure-modes'],
  'integrity-changed': ['anomalies', 'requirements', 'register-entry', 'failure-modes'],
};

/**
 * The rule keys that can apply to a change of this kind, most specific first: `<kind>-transitive`
 * for a transitive one (`<kind>-direct` otherwise: a directness nobody can tell counts as direct,
 * the stricter reading), then `<kind>`.
 */
export function ruleKeysFor(kind: ChangeKind, direct: boolean | null): [string, string] {
  return [`${kind}-${direct === false ? 'transitive' : 'direct'}`, kind];
}

export const DEFAULT_POLICY: Policy = {
  scope: { dependencies: 'direct', includeDev: false },
  register: 'soup/register.yml',
  outputs: { list: 'soup/SOUP.md', sbom: 'soup/sbom.cdx.json', changes: 'soup/changes' },
  reviewers: { permission: 'write', teams: [], separationOfDuties: true },
  evidence: {
    checkRuns: [],
    checkRunApps: ['github-actions'],
    workflows: [],
    links: true,
    required: true,
    junitFiles: '**/*.xml',
  },
  labels: { anomaliesReviewed: 'soup:anomalies-reviewed', requireAnomalyLabel: 'when-anomalies' },
  anomalies: { onLookupFailure: 'fail' },
  licences: { allow: [], deny: [], unknown: 'warn' },
  ignore: { paths: [], packages: [] },
  checklist: {},
};

const RANK: Record<Permission, number> = { read: 0, triage: 1, write: 2, maintain: 3, admin: 4 };

/** Whether a repository permission is at least the required one. */
export function meetsPermission(actual: string, required: Permission): boolean {
  return actual in RANK && RANK[actual as Permission] >= RANK[required];
}

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
  evidence: {
    'check-runs': 'list',
    'check-run-apps': 'list',
    workflows: 'list',
    links: 'boolean',
    required: 'boolean',
    'junit-artifact': 'string',
    'junit-files': 'string',
  },
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
    if (key === 'checklist') {
      values[key] = readChecklistRules(pair.value as Node | null, where(offset), where, problems);
      continue;
    }
    const shape = Object.hasOwn(SCHEMA, key) ? SCHEMA[key] : undefined;
    if (shape === undefined) {
      problems.push(
        `${where(offset)}: unknown section "${key}"; known: ${[...Object.keys(SCHEMA), 'checklist'].join(', ')}`,
      );
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
  const evidence = values.evidence as Record<string, unknown> | undefined;
  if (evidence?.['junit-artifact'] !== undefined && evidence.required === false)
    problems.push(
      `${path}: "evidence.junit-artifact" is read from the accepted evidence run, so it needs "evidence.required: true"`,
    );
  if (problems.length > 0)
    throw new PolicyFileError(`invalid policy file:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return toPolicy(values as Record<string, Record<string, unknown>> & { register?: string });
}

/** Every rule key a checklist section may use: a kind, alone or with `-direct` / `-transitive`. */
const RULE_KEYS: ReadonlyMap<string, ChangeKind> = new Map(
  CHANGE_KINDS.flatMap((kind) => [
    [kind, kind] as const,
    [`${kind}-direct`, kind] as const,
    [`${kind}-transitive`, kind] as const,
  ]),
);

/**
 * The `checklist` section: rule key -> items. Every item must exist and fit its kind, and a rule
 * must ask for at least one: a gated change with nothing to tick would pass unassessed (`scope` is
 * the way to stop gating a kind of change).
 */
function readChecklistRules(
  node: Node | null,
  sectionAt: string,
  where: (offset: number | undefined) => string,
  problems: string[],
): Record<string, ChecklistItemName[]> {
  const rules: Record<string, ChecklistItemName[]> = {};
  if (!isMap(node)) {
    problems.push(
      `${sectionAt}: "checklist" must be a mapping of change kinds to item lists, e.g. patch-transitive: [combined]`,
    );
    return rules;
  }
  for (const pair of node.items) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '';
    const at = where(isScalar(pair.key) ? pair.key.range?.[0] : undefined);
    const kind = RULE_KEYS.get(name);
    if (kind === undefined) {
      problems.push(
        `${at}: unknown key "checklist.${name}"; use a change kind (${CHANGE_KINDS.join(', ')}), optionally ending in -direct or -transitive`,
      );
      continue;
    }
    const fits = ITEMS_FOR_KIND[kind];
    if (!isSeq(pair.value) || pair.value.items.length === 0) {
      problems.push(
        `${at}: "checklist.${name}" must be a non-empty list of items, e.g. [${fits.slice(0, 2).join(', ')}] (to stop gating these changes, use scope)`,
      );
      continue;
    }
    const items: ChecklistItemName[] = [];
    for (const entry of pair.value.items) {
      const value = isScalar(entry) ? entry.value : undefined;
      const entryAt = where(isScalar(entry) ? entry.range?.[0] : undefined);
      const shown = JSON.stringify(value ?? null);
      if (typeof value !== 'string' || !(CHECKLIST_ITEMS as readonly string[]).includes(value)) {
        problems.push(
          `${entryAt}: "checklist.${name}" has unknown item ${shown}; use one of ${fits.join(', ')}`,
        );
      } else if (!fits.includes(value as ChecklistItemName)) {
        problems.push(
          `${entryAt}: "checklist.${name}" cannot ask for ${shown} (it does not apply to ${kind} changes); use one of ${fits.join(', ')}`,
        );
      } else if (items.includes(value as ChecklistItemName)) {
        problems.push(`${entryAt}: "checklist.${name}" lists ${shown} twice; remove one`);
      } else items.push(value as ChecklistItemName);
    }
    rules[name] = items;
  }
  return rules;
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
      checkRunApps: pick('evidence', 'check-run-apps', d.evidence.checkRunApps),
      workflows: pick('evidence', 'workflows', d.evidence.workflows),
      links: pick('evidence', 'links', d.evidence.links),
      required: pick('evidence', 'required', d.evidence.required),
      ...(typeof v.evidence?.['junit-artifact'] === 'string'
        ? { junitArtifact: v.evidence['junit-artifact'].trim() }
        : {}),
      junitFiles: pick('evidence', 'junit-files', d.evidence.junitFiles),
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
    checklist: (v.checklist as Record<string, ChecklistItemName[]> | undefined) ?? d.checklist,
  };
}
