/**
 * "No register file means an empty register": a repository that has not written soup/register.yml
 * yet still gets its SOUP list, with every item marked as lacking its entry. Every use case that
 * reads the register reads it through here, so the rule (and the parse options) live once.
 */
import { emptyRegister, parseRegister } from '../register/parse.js';
import type { Register } from '../register/types.js';

/** Reads a file's text; undefined when the file does not exist (any other failure throws). */
export type ReadText = (path: string) => Promise<string | undefined>;

/**
 * The register in `text`, or an empty one when there is no file. Unfinished entries are kept with
 * their problems (the gate and the SOUP list report them per item); a register that is not a
 * register throws RegisterError naming file and line.
 */
export function registerOrEmpty(path: string, text: string | undefined): Register {
  return text === undefined ? emptyRegister(path) : parseRegister(path, text, { allowIncomplete: true });
}

/** Reads the register at `path` through `read`; see registerOrEmpty. */
export async function loadRegisterOrEmpty(path: string, read: ReadText): Promise<Register> {
  return registerOrEmpty(path, await read(path));
}
