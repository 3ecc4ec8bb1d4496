/**
 * `soup-gate trace`: the register's requirements against JUnit results → the traceability matrix
 * and soup/TRACEABILITY.md. Files come in through RepoFiles, so the CLI reads a folder and tests
 * pass a map. Part B runs the same builder on merge with the evidence run's artifact.
 */
import { renderTraceability } from '../documents/traceability.js';
import { emptyRegister, parseRegister } from '../register/parse.js';
import type { Register, Requirement } from '../register/types.js';
import { JunitParseError, MAX_JUNIT_CHARS, parseJunit } from '../verification/junit.js';
import {
  buildTraceability,
  type TraceabilityMatrix,
  type TraceItemInput,
} from '../verification/traceability.js';
import type { RequirementSpec, ResultRun, TestResult, TestSelector } from '../verification/types.js';

/** The repository's committed files, as the use cases read them. Paths are relative, with `/`. */
export interface RepoFiles {
  /** The file's text, or undefined when there is none. Larger than maxChars: the reader refuses it. */
  readText(path: string, maxChars: number): Promise<string | undefined>;
  /** Names of the files directly in a folder; [] when there is no such folder. */
  listFiles(dir: string): Promise<string[]>;
}

/** Largest register read, as the register parser bounds it. */
const MAX_REGISTER_CHARS = 5 * 1024 * 1024;

export interface TraceOptions {
  files: RepoFiles;
  /** JUnit XML files, as given (read through `files`). */
  junit: readonly string[];
  registerPath: string;
  /** The run the results come from: link, commit, date (each where known). */
  run: ResultRun;
  generatedAt: string;
}

export interface TraceOutcome {
  matrix: TraceabilityMatrix;
  markdown: string;
  /** False when there was no register file: the matrix then has no items. */
  registerFound: boolean;
  results: TestResult[];
}

/** The tests a register requirement names ([] when it names none). */
export function requirementTests(requirement: Requirement): TestSelector[] {
  return requirement.tests ?? [];
}

/** The matrix's items: every register entry with its requirements, in the shape the matcher takes. */
export function traceItemsOf(register: Register): TraceItemInput[] {
  return [...register.entries.values()].map((entry) => ({
    key: entry.key,
    requirements: entry.requirements.map((r): RequirementSpec => ({
      id: r.id,
      text: r.text,
      tests: requirementTests(r),
    })),
  }));
}

export async function readRegister(files: RepoFiles, path: string): Promise<Register | undefined> {
  const text = await files.readText(path, MAX_REGISTER_CHARS);
  return text === undefined ? undefined : parseRegister(path, text, { allowIncomplete: true });
}

export async function runTrace(options: TraceOptions): Promise<TraceOutcome> {
  const found = await readRegister(options.files, options.registerPath);
  const register = found ?? emptyRegister(options.registerPath);
  const results: TestResult[] = [];
  for (const path of options.junit) {
    const text = await options.files.readText(path, MAX_JUNIT_CHARS);
    if (text === undefined) throw new JunitParseError(path, undefined, 'no such file');
    // A loop, not push(...): a file may hold 250,000 results, past the engine's argument limit.
    for (const result of parseJunit(path, text)) results.push(result);
  }
  const matrix = buildTraceability({
    items: traceItemsOf(register),
    results,
    run: { ...options.run, files: [...options.junit] },
    generatedAt: options.generatedAt,
  });
  return {
    matrix,
    markdown: renderTraceability(matrix, { registerPath: options.registerPath }),
    registerFound: found !== undefined,
    results,
  };
}
