import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  expandVariables,
  imagePackage,
  parseImageReference
} from "./chunk-6YZES6QJ.js";
import {
  strongerScope
} from "./chunk-P55ZYZZQ.js";
import "./chunk-G4QSVRLT.js";
import "./chunk-NHEGWP7H.js";
import {
  isDockerfilePath
} from "./chunk-T42V55G4.js";
import {
  LockfileParseError,
  truncate
} from "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/lockfiles/dockerfile.ts
function readInstructions(text) {
  const lines = text.split(/\r?\n/);
  let escape = "\\";
  for (const line of lines) {
    const directive = /^#\s*([a-z]+)\s*=\s*(\S+)\s*$/i.exec(line);
    if (!directive) break;
    if (directive[1].toLowerCase() === "escape" && (directive[2] === "`" || directive[2] === "\\"))
      escape = directive[2];
  }
  const instructions = [];
  let current;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const continued = trimmed.endsWith(escape);
    const body = continued ? trimmed.slice(0, -escape.length) : trimmed;
    current = current ? { text: `${current.text} ${body}`, line: current.line } : { text: body, line: i + 1 };
    if (continued) continue;
    const space = current.text.search(/\s/);
    const keyword = (space === -1 ? current.text : current.text.slice(0, space)).toUpperCase();
    const args = space === -1 ? "" : current.text.slice(space + 1).trim();
    instructions.push({ keyword, args, line: current.line });
    current = void 0;
    if (keyword !== "RUN" && keyword !== "COPY" && keyword !== "ADD") continue;
    for (const match of args.matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g)) {
      const strip = match[1] === "-";
      const end = match[3];
      const start = i;
      for (i++; i < lines.length; i++) {
        const line = strip ? lines[i].replace(/^\t+/, "") : lines[i];
        if (line === end || line.trimEnd() === end) break;
      }
      if (i >= lines.length) return { instructions, unterminated: start + 1 };
    }
  }
  return { instructions };
}
function words(args) {
  return [...args.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? "");
}
function parseDockerfile(input) {
  const file = input.path;
  const findings = [];
  const note = (line, message) => {
    findings.push({ lockfile: file, line, message });
  };
  const { instructions, unterminated } = readInstructions(input.text);
  if (unterminated !== void 0)
    note(unterminated, "heredoc never ends: the instructions after it were not read");
  const globalArgs = /* @__PURE__ */ new Map();
  const stages = [];
  const stageByName = /* @__PURE__ */ new Map();
  const resolve = (raw, line, what) => {
    const expanded = expandVariables(raw, globalArgs);
    if ("unresolved" in expanded) {
      note(
        line,
        `${what} ${truncate(raw, 200)} uses \${${expanded.unresolved}}, which no ARG default before the first FROM sets: image not listed`
      );
      return void 0;
    }
    const value = expanded.value;
    if (value.toLowerCase() === "scratch") return { none: true };
    const stage = stageByName.get(value.toLowerCase());
    if (stage !== void 0) return { stage };
    if (/^\d+$/.test(value) && Number(value) < stages.length) return { stage: Number(value) };
    const image = parseImageReference(value);
    if (typeof image === "string") {
      note(line, `${what} ${truncate(value, 200)} is not an image reference (${image}): not listed`);
      return void 0;
    }
    return { image };
  };
  for (const { keyword, args, line } of instructions) {
    if (keyword === "ARG" && stages.length === 0) {
      for (const word of words(args)) {
        const eq = word.indexOf("=");
        if (eq > 0) globalArgs.set(word.slice(0, eq), word.slice(eq + 1));
      }
    } else if (keyword === "FROM") {
      const parts = words(args).filter((w) => !w.startsWith("--"));
      if (parts.length === 0) throw new LockfileParseError(file, line, "FROM names no image");
      const as = parts.length >= 3 && parts[1].toUpperCase() === "AS" ? parts[2].toLowerCase() : void 0;
      const base = resolve(parts[0], line, "FROM") ?? { none: true };
      stages.push({ ...as ? { name: as } : {}, base, line, copiesFrom: /* @__PURE__ */ new Set(), copiedImages: [] });
      if (as !== void 0) stageByName.set(as, stages.length - 1);
    } else if (keyword === "COPY" && stages.length > 0) {
      const from = words(args).find((w) => w.startsWith("--from="));
      if (from === void 0) continue;
      const stage = stages.at(-1);
      const source = resolve(from.slice("--from=".length), line, "COPY --from");
      if (source && "stage" in source) stage.copiesFrom.add(source.stage);
      else if (source && "image" in source) stage.copiedImages.push({ image: source.image, line });
    }
  }
  if (stages.length === 0) note(1, "no FROM instruction: no base image listed");
  const scopes = stageScopes(stages);
  const packages = /* @__PURE__ */ new Map();
  const add = (image, scope) => {
    const pkg = imagePackage(image, file, scope);
    const key = `${pkg.name}\0${pkg.version}\0${pkg.ref ?? ""}`;
    const seen = packages.get(key);
    if (seen) seen.scope = strongerScope(seen.scope, scope);
    else packages.set(key, pkg);
  };
  stages.forEach((stage, index) => {
    if ("image" in stage.base) add(stage.base.image, scopes[index]);
    for (const { image } of stage.copiedImages) add(image, scopes[index]);
  });
  return { format: "dockerfile", packages: [...packages.values()], findings };
}
function stageScopes(stages) {
  const used = /* @__PURE__ */ new Set();
  for (const stage of stages) {
    if ("stage" in stage.base) used.add(stage.base.stage);
    for (const index of stage.copiesFrom) used.add(index);
  }
  const scopes = stages.map(() => "dev");
  stages.forEach((_, index) => {
    if (used.has(index) && index !== stages.length - 1) return;
    for (let at = index; at !== void 0 && scopes[at] !== "runtime"; ) {
      scopes[at] = "runtime";
      const base = stages[at].base;
      at = "stage" in base && base.stage < at ? base.stage : void 0;
    }
  });
  return scopes;
}
var dockerfileFormat = {
  id: "dockerfile",
  ecosystem: "docker",
  matches: isDockerfilePath,
  parse: parseDockerfile
};
export {
  dockerfileFormat
};
