/**
 * One register entry (`items."<ecosystem>/<name>"`) and the file's `defaults`, from their YAML
 * nodes: which fields exist, what type each has, and what a problem with each says.
 */
import { isMap, isSeq } from 'yaml';
import { MAX_SELECTOR_CHARS } from '../verification/match.js';
import { ECOSYSTEMS, parseRegisterKey } from './keys.js';
import {
  ANALYSIS_JUSTIFICATIONS,
  ANALYSIS_STATES,
  type AnalysisJustification,
  type AnalysisState,
  type AnomalyEvaluation,
  type RegisterDefaults,
  type RegisterEntry,
  type Requirement,
} from './types.js';
import {
  checkFields,
  isEmpty,
  quote,
  readDate,
  readEnum,
  readFields,
  readList,
  readSafetyClass,
  readText,
  type Reader,
} from './yaml-fields.js';

export const ENTRY_FIELDS = [
  'purpose',
  'supplier',
  'requirements',
  'prerequisites',
  'safety-class',
  'rationale',
  'verification',
  'risks',
  'anomalies',
] as const;
const DEFAULT_FIELDS = ['safety-class', 'rationale'] as const;
const REQUIREMENT_FIELDS = ['id', 'text', 'tests'] as const;
const ANOMALY_FIELDS = ['id', 'state', 'justification', 'reason', 'by', 'on', 'expires'] as const;

function readRequirements(r: Reader, node: unknown, field: string): Requirement[] {
  const seen = new Map<string, number>();
  return readList(r, node, field, '{ id, text, tests }', (item, itemField) => {
    const fields = readFields(r, item, itemField, REQUIREMENT_FIELDS, 'id, text and tests');
    if (!fields) return undefined;
    const requirement: Requirement = {
      id: fields.read('id', (value, path) => readText(r, value, path, { allowNumber: true })) ?? '',
      text: fields.read('text', (value, path) => readText(r, value, path)) ?? '',
      line: fields.line,
    };
    // The gate reports results per id: two requirements under one id would merge their verdicts.
    const id = requirement.id.trim();
    if (id !== '') {
      const first = seen.get(id);
      if (first !== undefined)
        r.problem(
          item,
          `${itemField}.id`,
          `${quote(id)} is already the id of the requirement on line ${first}`,
        );
      else seen.set(id, requirement.line);
    }
    const tests = fields.read('tests', (value, path) => readTests(r, value, path));
    if (tests !== undefined) requirement.tests = tests;
    return requirement;
  });
}

/**
 * A requirement's `tests`: the JUnit tests that verify it (see TestSelector). An empty list is a
 * problem rather than "no tests": it reads as if verification were named, and the gate would
 * silently fall back to whole-run evidence.
 */
function readTests(r: Reader, node: unknown, field: string): string[] | undefined {
  const value = r.resolve(node);
  if (isSeq(value) && value.items.length === 0) {
    r.problem(
      node,
      field,
      'is an empty list; name the tests that verify the requirement, or leave tests out',
    );
    return undefined;
  }
  if (isEmpty(value)) return undefined;
  return readList(
    r,
    node,
    field,
    'test selectors ("classname:name", a test name or a test file path)',
    (item, itemField) => {
      const text = readText(r, item, itemField);
      if (text === undefined) return undefined;
      if (text.trim() === '') {
        r.problem(
          item,
          itemField,
          'is empty; write a test selector ("classname:name", a name or a test file path)',
        );
        return undefined;
      }
      if (text.length > MAX_SELECTOR_CHARS) {
        r.problem(
          item,
          itemField,
          `is ${text.length} characters long; a test selector has at most ${MAX_SELECTOR_CHARS}`,
        );
        return undefined;
      }
      return text.trim();
    },
  );
}

function readRisks(r: Reader, node: unknown, field: string): string[] {
  return readList(r, node, field, 'risk ids, e.g. [RISK-017]', (item, itemField) =>
    readText(r, item, itemField, { allowNumber: true }),
  );
}

function readAnomalies(r: Reader, node: unknown, field: string): AnomalyEvaluation[] {
  return readList(r, node, field, 'anomaly evaluations { id, state, reason, by, on }', (item, itemField) => {
    const fields = readFields(r, item, itemField, ANOMALY_FIELDS, 'id, state, reason, by and on');
    if (!fields) return undefined;
    const evaluation: AnomalyEvaluation = {
      id: fields.read('id', (value, path) => readText(r, value, path)) ?? '',
      line: fields.line,
    };
    const state = fields.read('state', (value, path) =>
      readEnum<AnalysisState>(r, value, path, ANALYSIS_STATES, 'a CycloneDX analysis state'),
    );
    if (state !== undefined) evaluation.state = state;
    const justification = fields.read('justification', (value, path) =>
      readEnum<AnalysisJustification>(r, value, path, ANALYSIS_JUSTIFICATIONS, 'a CycloneDX justification'),
    );
    if (justification !== undefined) evaluation.justification = justification;
    for (const name of ['reason', 'by'] as const) {
      const text = fields.read(name, (value, path) => readText(r, value, path));
      if (text !== undefined) evaluation[name] = text;
    }
    for (const name of ['on', 'expires'] as const) {
      const date = fields.read(name, (value, path) => readDate(r, value, path));
      if (date !== undefined) evaluation[name] = date;
    }
    return evaluation;
  });
}

/** One entry; undefined when its key or shape is wrong (the problem is on the reader). */
export function readEntry(
  r: Reader,
  key: string,
  keyNode: unknown,
  node: unknown,
): RegisterEntry | undefined {
  const field = `items.${quote(key)}`;
  const parsed = parseRegisterKey(key);
  if (!parsed) {
    r.problem(
      keyNode,
      field,
      `is not <ecosystem>/<name>; the ecosystem is one of ${ECOSYSTEMS.join(', ')} (e.g. "npm/express", "PyPI/requests")`,
    );
    return undefined;
  }
  const value = r.resolve(node);
  const entry: RegisterEntry = {
    key,
    ecosystem: parsed.ecosystem,
    name: parsed.name,
    line: r.lineOf(keyNode) ?? 0,
    requirements: [],
    risks: [],
    anomalies: [],
    problems: [],
  };
  if (isEmpty(value)) return entry;
  if (!isMap(value)) {
    r.problem(node, field, 'must be a mapping of fields (purpose, safety-class, requirements, …)');
    return undefined;
  }
  const pairs = r.pairs(value, field);
  checkFields(r, pairs, ENTRY_FIELDS, field);
  for (const { key: name, value: fieldNode } of pairs) {
    const path = `${field}.${name}`;
    switch (name) {
      case 'purpose':
      case 'supplier':
      case 'prerequisites':
      case 'rationale':
      case 'verification': {
        const text = readText(r, fieldNode, path);
        if (text !== undefined) entry[name] = text;
        break;
      }
      case 'safety-class': {
        const safetyClass = readSafetyClass(r, fieldNode, path);
        if (safetyClass !== undefined) entry.safetyClass = safetyClass;
        break;
      }
      case 'requirements':
        entry.requirements = readRequirements(r, fieldNode, path);
        break;
      case 'risks':
        entry.risks = readRisks(r, fieldNode, path);
        break;
      case 'anomalies':
        entry.anomalies = readAnomalies(r, fieldNode, path);
        break;
    }
  }
  return entry;
}

/** The file's `defaults`; class C (the most stringent) assumed when it names none. */
export function readDefaults(r: Reader, node: unknown): RegisterDefaults {
  const defaults: RegisterDefaults = { safetyClass: 'C', assumed: true };
  const value = r.resolve(node);
  if (isEmpty(value)) return defaults;
  if (!isMap(value)) {
    r.problem(node, 'defaults', 'must be a mapping with safety-class and rationale');
    return defaults;
  }
  const pairs = r.pairs(value, 'defaults');
  checkFields(r, pairs, DEFAULT_FIELDS, 'defaults');
  for (const { key, value: fieldNode } of pairs) {
    if (key === 'safety-class') {
      const safetyClass = readSafetyClass(r, fieldNode, 'defaults.safety-class');
      if (safetyClass !== undefined) {
        defaults.safetyClass = safetyClass;
        defaults.assumed = false;
      }
    } else if (key === 'rationale') {
      const text = readText(r, fieldNode, 'defaults.rationale');
      if (text !== undefined && text.trim() !== '') defaults.rationale = text;
    }
  }
  return defaults;
}
