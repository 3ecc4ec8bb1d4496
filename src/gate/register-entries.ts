/**
 * What the register (read at the PR's head) says about the changes: an added SOUP item needs a
 * complete entry before the gate can pass (IEC 62304 5.3.3/5.3.4), and anomalies evaluated there
 * (and not expired) need no second review.
 */
import { classifyAnomalies } from '../enrich/evaluations.js';
import type { Anomaly } from '../enrich/types.js';
import type { Policy } from '../config/policy.js';
import { changeKey } from '../inventory/change-key.js';
import type { Change } from '../inventory/diff.js';
import { code, escapeText } from '../markdown/escape.js';
import { renderEntryYaml } from '../register/entry-yaml.js';
import { formatProblem, type Register } from '../register/types.js';
import { findEntry, usableEvaluations, validateEntry } from '../register/validate.js';
import { isGated } from './checklist.js';

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
    const key = changeKey(change);
    const validation = validateEntry(register, change.ecosystem, change.name, {
      today: today.toISOString().slice(0, 10),
    });
    const ids = validation.entry?.requirements.map((r) => r.id) ?? [];
    if (ids.length > 0) findings.requirementIds.set(key, ids);
    if (change.type !== 'added') continue;
    if (validation.complete) {
      findings.notes.set(
        key,
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
      key,
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
