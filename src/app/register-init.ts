/**
 * `soup-gate register init`: a TODO entry for every direct SOUP item the register lacks, added to
 * the file as it is (comments and order kept), so people only fill in what is theirs to say.
 */
import type { Inventory } from '../inventory/inventory.js';
import { loadInventory } from '../inventory/load-inventory.js';
import { addRegisterEntries, type NewEntry } from '../register/entry-yaml.js';
import { registerKey, registerLookupKey } from '../register/keys.js';
import type { Register } from '../register/types.js';
import { registerOrEmpty } from './register-file.js';
import { readCheckoutText, type Checkout } from './checkout.js';

export interface RegisterInitOptions {
  registerPath: string;
  ignore: readonly string[];
  /** Also dev-only direct items. */
  includeDev: boolean;
  onProgress?: (line: string) => void;
}

export interface RegisterEntriesToAdd {
  /** One per SOUP item, in register-key order. */
  entries: NewEntry[];
  /** Packages whose lockfile can't tell direct from transitive: none of them is added. */
  unknownDirectness: number;
}

/**
 * The entries `register init` proposes: every direct item (runtime, or dev too with `includeDev`),
 * once per ecosystem and name, with the safety class the register would give it.
 */
export function registerEntriesToAdd(
  inventory: Inventory,
  register: Register,
  includeDev: boolean,
): RegisterEntriesToAdd {
  const wanted = new Map<string, NewEntry>();
  let unknownDirectness = 0;
  for (const lockfile of inventory.lockfiles) {
    for (const pkg of lockfile.packages) {
      if (pkg.direct === null) unknownDirectness++;
      if (pkg.direct !== true || (pkg.scope === 'dev' && !includeDev)) continue;
      const lookup = registerLookupKey(pkg.ecosystem, pkg.name);
      if (wanted.has(lookup)) continue;
      const entry = register.entries.get(lookup);
      wanted.set(lookup, {
        pkg: { ecosystem: pkg.ecosystem, name: pkg.name, version: pkg.version, lockfile: pkg.lockfile },
        derived: { safetyClass: entry?.safetyClass ?? register.defaults.safetyClass },
      });
    }
  }
  const entries = [...wanted.values()].sort((a, b) => {
    const x = registerKey(a.pkg.ecosystem, a.pkg.name);
    const y = registerKey(b.pkg.ecosystem, b.pkg.name);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return { entries, unknownDirectness };
}

export interface RegisterInitResult {
  /** The register's new text; write it only when `changed`. */
  text: string;
  changed: boolean;
  /** Register keys of the added entries. */
  added: string[];
  unknownDirectness: number;
}

/** Reads the checkout's lockfiles and register and returns the register with the missing entries. */
export async function initRegister(
  checkout: Checkout,
  options: RegisterInitOptions,
): Promise<RegisterInitResult> {
  const inventory = await loadInventory(checkout.files, {
    ignore: options.ignore,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  const text = await readCheckoutText(checkout, options.registerPath);
  const register = registerOrEmpty(options.registerPath, text);
  const { entries, unknownDirectness } = registerEntriesToAdd(inventory, register, options.includeDev);
  const result = addRegisterEntries(options.registerPath, text, entries);
  // A missing register is written even with nothing to add: init leaves a register behind.
  return {
    text: result.text,
    changed: result.added.length > 0 || text === undefined,
    added: result.added,
    unknownDirectness,
  };
}
