import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  LIST_HELP,
  createLocalCheckout,
  parseSoupArgs,
  readCheckoutText
} from "./chunk-2G3VOMB4.js";
import "./chunk-E3HKL74R.js";
import "./chunk-TJCQPJCL.js";
import {
  addRegisterEntries
} from "./chunk-YYK67GNM.js";
import {
  loadInventory
} from "./chunk-SNT4M5AO.js";
import {
  parseRegisterFile,
  registerKey,
  registerLookupKey
} from "./chunk-GFDFZMAU.js";
import "./chunk-OTQIQ42K.js";
import "./chunk-653EE4FS.js";
import "./chunk-LNFFZUJJ.js";
import {
  UsageError
} from "./chunk-GAYME2OK.js";
import "./chunk-PLLD3DQX.js";
import "./chunk-THIFTVM5.js";
import "./chunk-GSFW5O23.js";
import "./chunk-FAVGVKZB.js";
import "./chunk-T42V55G4.js";
import "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/cli/register.ts
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";

// src/app/register-init.ts
function registerEntriesToAdd(inventory, register, includeDev) {
  const wanted = /* @__PURE__ */ new Map();
  let unknownDirectness = 0;
  for (const lockfile of inventory.lockfiles) {
    for (const pkg of lockfile.packages) {
      if (pkg.direct === null) unknownDirectness++;
      if (pkg.direct !== true || pkg.scope === "dev" && !includeDev) continue;
      const lookup = registerLookupKey(pkg.ecosystem, pkg.name);
      if (wanted.has(lookup)) continue;
      const entry = register.entries.get(lookup);
      wanted.set(lookup, {
        pkg: { ecosystem: pkg.ecosystem, name: pkg.name, version: pkg.version, lockfile: pkg.lockfile },
        derived: { safetyClass: entry?.safetyClass ?? register.defaults.safetyClass }
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
async function initRegister(checkout, options) {
  const inventory = await loadInventory(checkout.files, {
    ignore: options.ignore,
    ...options.onProgress ? { onProgress: options.onProgress } : {}
  });
  const text = await readCheckoutText(checkout, options.registerPath);
  const register = parseRegisterFile(options.registerPath, text);
  const { entries, unknownDirectness } = registerEntriesToAdd(inventory, register, options.includeDev);
  const result = addRegisterEntries(options.registerPath, text, entries);
  return {
    text: result.text,
    changed: result.added.length > 0 || text === void 0,
    added: result.added,
    unknownDirectness
  };
}

// src/cli/register.ts
async function runRegister(args, io) {
  const [sub, ...rest] = args;
  if (sub === "-h" || sub === "--help" || sub === void 0) {
    io.stdout(LIST_HELP);
    return sub === void 0 ? 2 : 0;
  }
  if (sub !== "init")
    throw new UsageError(`unknown register command "${sub}"; did you mean "register init"?`);
  const options = await parseSoupArgs(rest, io, "register init");
  if (options.format !== void 0)
    throw new UsageError("register init has no --format: it writes the register");
  if (options.help) {
    io.stdout(LIST_HELP);
    return 0;
  }
  const result = await initRegister(createLocalCheckout(options.root), options);
  if (!result.changed) {
    io.stdout(`${options.registerPath}: every direct SOUP item has an entry; nothing added
`);
  } else {
    const path = join(options.root, options.registerPath);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, result.text);
    const { added } = result;
    io.stdout(
      `${options.registerPath}: added ${added.length} entr${added.length === 1 ? "y" : "ies"} marked TODO (complete them before merging):
${added.map((k) => `  ${k}
`).join("")}`
    );
  }
  if (result.unknownDirectness > 0 && !options.quiet)
    io.stderr(
      `${result.unknownDirectness} package(s) could not be told direct or transitive (no manifest); none of them were added
`
    );
  return 0;
}
export {
  runRegister
};
