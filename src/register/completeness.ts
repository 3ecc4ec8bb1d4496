/**
 * What each safety class asks of a register entry (IEC 62304): class A identification and purpose;
 * B and C also functional/performance requirements (5.3.3), prerequisites (5.3.4) and a
 * verification reference; an entry below the system's class says why (4.3 segregation rationale).
 */
import type {
  AnomalyEvaluation,
  RegisterDefaults,
  RegisterEntry,
  RegisterProblem,
  SafetyClass,
} from './types.js';

const PLACEHOLDERS = new Set([
  'todo',
  'tbd',
  'tbc',
  'fixme',
  'dependency',
  'a dependency',
  'n/a',
  'na',
  'none yet',
  'placeholder',
  'xxx',
  '-',
  '--',
  '...',
  '…',
  '?',
  '???',
]);

/**
 * Whether a value says nothing: empty, a stock filler ("TODO", "TBD", "dependency", "n/a", "..."),
 * whole value and case-insensitive, or text that starts with a TODO/TBD/FIXME marker
 * (`TODO: why we use express`, what `register init` writes).
 */
export function isPlaceholder(value: string): boolean {
  const text = value.trim().toLowerCase();
  if (text === '' || PLACEHOLDERS.has(text)) return true;
  if (PLACEHOLDERS.has(text.replace(/[\s.!:;,]+$/, ''))) return true;
  return /^(todo|tbd|tbc|fixme)\s*[:(\-–—]/.test(text);
}

function describeEmpty(value: string): string {
  return value.trim() === '' ? 'is empty' : `${JSON.stringify(value.trim())} is a placeholder`;
}

const RANK: Record<SafetyClass, number> = { A: 0, B: 1, C: 2 };

export function effectiveClass(entry: RegisterEntry | undefined, defaults: RegisterDefaults): SafetyClass {
  return entry?.safetyClass ?? defaults.safetyClass;
}

const WHY: Record<string, string> = {
  purpose: 'say what this SOUP item does in the product (IEC 62304 5.3.3)',
  requirements:
    'list the functional and performance requirements it must meet, as { id, text } (IEC 62304 5.3.3)',
  prerequisites: 'name the hardware and software it needs (IEC 62304 5.3.4)',
  verification: 'point to the tests or reviews that show the requirements are met',
  rationale: 'say why this item may be below the system class (e.g. segregation, IEC 62304 4.3)',
  supplier: 'name the manufacturer, or remove the field',
};

/** Problems that keep an evaluation from counting as one. */
export function evaluationProblems(
  file: string,
  field: string,
  evaluation: AnomalyEvaluation,
): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const at = (name: string, message: string): void => {
    problems.push({ file, line: evaluation.line, field: `${field}.${name}`, message });
  };
  if (isPlaceholder(evaluation.id)) at('id', 'is missing: the advisory id (GHSA-…, CVE-…, OSV id)');
  if (evaluation.state === undefined)
    at('state', 'is missing: not_affected, exploitable, false_positive, resolved or in_triage');
  for (const name of ['reason', 'by', 'on'] as const) {
    const value = evaluation[name];
    if (value === undefined) {
      at(
        name,
        name === 'reason'
          ? 'is missing: why the anomaly does or does not affect the product'
          : name === 'by'
            ? 'is missing: who evaluated it'
            : 'is missing: when it was evaluated (YYYY-MM-DD)',
      );
    } else if (isPlaceholder(value)) {
      at(name, `${describeEmpty(value)}; write the real value`);
    }
  }
  return problems;
}

/** Every reason the entry is not complete for its class; empty when it is. */
export function checkEntryCompleteness(
  file: string,
  entry: RegisterEntry,
  defaults: RegisterDefaults,
): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  const base = `items.${JSON.stringify(entry.key)}`;
  const safetyClass = effectiveClass(entry, defaults);
  const required = new Set<string>(['purpose']);
  if (safetyClass !== 'A') for (const f of ['requirements', 'prerequisites', 'verification']) required.add(f);
  if (entry.safetyClass !== undefined && RANK[entry.safetyClass] < RANK[defaults.safetyClass])
    required.add('rationale');
  const missing = (name: string): void => {
    const reason =
      name === 'rationale'
        ? `is missing: class ${safetyClass} is below the default class ${defaults.safetyClass}; ${WHY[name]}`
        : `is missing: class ${safetyClass} needs it; ${WHY[name]}`;
    problems.push({ file, line: entry.line, field: `${base}.${name}`, message: reason });
  };
  for (const name of ['purpose', 'supplier', 'prerequisites', 'rationale', 'verification'] as const) {
    const value = entry[name];
    if (value === undefined) {
      if (required.has(name)) missing(name);
    } else if (isPlaceholder(value)) {
      problems.push({
        file,
        line: entry.line,
        field: `${base}.${name}`,
        message: `${describeEmpty(value)}; ${WHY[name]}`,
      });
    }
  }
  if (entry.requirements.length === 0) {
    if (required.has('requirements')) missing('requirements');
  }
  entry.requirements.forEach((requirement, index) => {
    const field = `${base}.requirements[${index}]`;
    if (isPlaceholder(requirement.id))
      problems.push({
        file,
        line: requirement.line,
        field: `${field}.id`,
        message: 'needs a requirement id, e.g. REQ-API-003',
      });
    if (isPlaceholder(requirement.text))
      problems.push({
        file,
        line: requirement.line,
        field: `${field}.text`,
        message:
          requirement.text.trim() === ''
            ? 'needs the requirement text'
            : `${JSON.stringify(requirement.text.trim())} is a placeholder; write the requirement`,
      });
  });
  entry.risks.forEach((risk, index) => {
    if (isPlaceholder(risk))
      problems.push({
        file,
        line: entry.line,
        field: `${base}.risks[${index}]`,
        message: `${JSON.stringify(risk)} is a placeholder; use a risk id from the risk file or remove it`,
      });
  });
  entry.anomalies.forEach((evaluation, index) => {
    problems.push(...evaluationProblems(file, `${base}.anomalies[${index}]`, evaluation));
  });
  return problems;
}
