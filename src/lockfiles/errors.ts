import { visit } from 'jsonc-parser';

/**
 * The one error a parser may throw. Callers branch on it (the CLI exits 2, the gate fails closed with
 * the message), so it is a class. The message always names the file, and the line when known.
 */
export class LockfileParseError extends Error {
  override readonly name = 'LockfileParseError';
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${detail}`);
  }
}

export { DEFAULT_MAX_LOCKFILE_BYTES } from './limits.js';

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  const end = Math.min(offset, text.length);
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/**
 * JSON.parse with an error that names file and line. V8 reports the failing offset as
 * "at position N" (or "line L column C" on newer engines); both are turned into a line.
 */
export function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const lineCol = /line (\d+) column \d+/.exec(message);
    const position = /position (\d+)/.exec(message);
    const line = lineCol
      ? Number(lineCol[1])
      : position
        ? lineAt(text, Number(position[1]))
        : locateJsonError(text);
    throw new LockfileParseError(
      file,
      line,
      `invalid JSON: ${message.replace(/\s*\(line \d+ column \d+\)/, '')}`,
    );
  }
}

/**
 * Node 20's V8 says only `Unexpected token '}', ..."x": }..." is not valid JSON` for most errors, with
 * no offset. jsonc-parser's strict visitor reports the offset of the first error instead; it runs
 * only on this failure path, and builds no objects.
 */
function locateJsonError(text: string): number | undefined {
  let offset: number | undefined;
  visit(
    text,
    {
      onError: (_error, at) => {
        offset ??= at;
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false },
  );
  return offset === undefined ? undefined : lineAt(text, offset);
}

/** Throws the parse error unless `value` is a plain JSON object. */
export function expectObject(file: string, value: unknown, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new LockfileParseError(file, undefined, `expected ${what} to be an object`);
  }
  return value as Record<string, unknown>;
}

/** Cuts a detail quoted from the input (a token, a line) so a huge one can't become a huge message. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
