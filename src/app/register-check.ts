import type { Anomaly } from '../enrich/types.js';
import { classifyAnomalies } from '../enrich/evaluations.js';
import { isGated } from '../gate/checklist.js';
import { changeKey } from '../inventory/change-key.js';
import type { Policy } from '../config/policy.js';
import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/types.js';
import { readFileAt } from '../github/pull-request.js';
import type { Change } from '../inventory/diff.js';
import { renderEntryYaml } from '../register/entry-yaml.js';
import { emptyRegister, parseRegister } from '../register/parse.js';
import { findEntry, usableEvaluations, validateEntry } from '../register/validate.js';
import { RegisterError, formatProblem, type Register } from '../register/types.js';
import { code, escapeText } from '../markdown/escape.js';

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

/** Anomalies of the new version not (or no longer) evaluated in the register. */
export function unevaluatedAnomalies(
  register: Register,
  change: Change,
  anomalies: readonly Anomaly[],
  today: Date,
): Anomaly[] {
  if (anomalies.length === 0) return [];
  const entry = findEntry(register, change.ecosystem, change.name);
  return classifyAnomalies(anomalies, usableEvaluations(register, entry), today)
    .filter((c) => c.status !== 'evaluated')
    .map((c) => c.anomaly);
}

function preformatted(text: string): string {
  return `<pre>${text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</pre>`;
}

export interface RegisterFindings {
  blockers: string[];
  /** Extra Markdown per section key: the register state and, for a missing entry, YAML to paste. */
  notes: Map<string, string>;
  requirementIds: Map<string, string[]>;
}

/** A new in-scope SOUP item needs a complete register entry before the gate can pass. */
export function checkRegisterEntries(
  register: Register,
  changes: readonly Change[],
  policy: Policy,
  today: Date,
): RegisterFindings {
  const findings: RegisterFindings = { blockers: [], notes: new Map(), requirementIds: new Map() };
  for (const change of changes) {
    if (!isGated(change, policy) || change.type === 'removed') continue;
    const section = { key: changeKey(change) };
    const validation = validateEntry(register, change.ecosystem, change.name, {
      today: today.toISOString().slice(0, 10),
    });
    const ids = validation.entry?.requirements.map((r) => r.id) ?? [];
    if (ids.length > 0) findings.requirementIds.set(section.key, ids);
    if (change.type !== 'added') continue;
    if (validation.complete) {
      findings.notes.set(
        section.key,
        `register: ${code(validation.key)} complete (class ${escapeText(validation.safetyClass)})`,
      );
      continue;
    }
    const problems = validation.problems.map((p) => escapeText(formatProblem(p), 300));
    findings.blockers.push(
      `register entry for ${code(change.name)}: ${problems[0] ?? 'incomplete'}${problems.length > 1 ? ` (+${problems.length - 1} more)` : ''}`,
    );
    const yaml = validation.entry
      ? undefined
      : renderEntryYaml(
          {
            ecosystem: change.ecosystem,
            name: change.name,
            version: change.to ?? '',
            lockfile: change.lockfile,
          },
          { safetyClass: validation.safetyClass },
        );
    findings.notes.set(
      section.key,
      [
        `register: ${validation.entry ? 'entry incomplete' : 'no entry'} in ${code(register.path)} (class ${escapeText(validation.safetyClass)}): ${problems.slice(0, 3).join('; ')}`,
        ...(yaml
          ? [
              '',
              `Add under <code>items:</code> in ${code(register.path)} and fill in every TODO:`,
              '',
              preformatted(yaml),
            ]
          : []),
      ].join('\n'),
    );
  }
  return findings;
}
