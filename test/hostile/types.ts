// The hostile-input corpus: one module per named attack under attacks/, each naming the threat it
// belongs to in THREAT-MODEL.md and what must happen. hostile-input.test.ts runs them all.

export interface HostileInput {
  /** Root-relative path the content pretends to be (decides the parser). */
  path: string;
  text: string;
  manifests?: Record<string, string>;
  /** Overrides the attack's expectation for this input. */
  expect?: 'refused' | 'contained';
}

export interface Attack {
  /** Kebab-case, the module's file name. */
  name: string;
  /** Threat id in THREAT-MODEL.md, e.g. "T10". */
  threat: string;
  what: string;
  inputs(): HostileInput[];
  /**
   * refused: every input must be refused with a LockfileParseError naming the file.
   * contained: parsed or refused, never another error, no prototype touched, and whatever is
   * parsed renders inert (no HTML, links or mentions come out of the Markdown).
   */
  expect: 'refused' | 'contained';
  /** Names a parsed input must keep verbatim as package names (pollution keys stay data). */
  keepsNames?: readonly string[];
  /** Loaded through loadInventory with this byte limit instead of parsed directly. */
  maxBytes?: number;
}

/**
 * Inputs are lockfiles (parsed by the format findFormat picks), except these two paths: the policy
 * file and the register, read by their own parsers.
 */
export const POLICY_PATH = '.github/soup-gate.yml';
export const REGISTER_PATH = 'soup/register.yml';
