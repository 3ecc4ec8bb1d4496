import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  goReleaseToSemver,
  goScheme
} from "./chunk-JZDZV7IV.js";
import {
  reportFirstParty
} from "./chunk-SDUH2AO7.js";
import {
  makePurl
} from "./chunk-G4QSVRLT.js";
import "./chunk-NHEGWP7H.js";
import {
  basename
} from "./chunk-T42V55G4.js";
import {
  LockfileParseError
} from "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/lockfiles/go-mod.ts
var KNOWN_DIRECTIVES = /* @__PURE__ */ new Set([
  "module",
  "go",
  "toolchain",
  "godebug",
  "require",
  "exclude",
  "replace",
  "retract",
  "tool",
  "ignore"
]);
function tokenize(file, text, line) {
  const tokens = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (ch === " " || ch === "	" || ch === "\r") {
      i++;
    } else if (text.startsWith("//", i)) {
      return { tokens, comment: text.slice(i + 2).trim() };
    } else if (ch === '"' || ch === "`") {
      let j = i + 1;
      let value = "";
      while (j < text.length && text[j] !== ch) {
        if (ch === '"' && text[j] === "\\" && j + 1 < text.length) j++;
        value += text[j];
        j++;
      }
      if (j >= text.length) throw new LockfileParseError(file, line, "unterminated quoted string");
      tokens.push(value);
      i = j + 1;
    } else if (ch === "(" || ch === ")") {
      tokens.push(ch);
      i++;
    } else {
      let j = i;
      while (j < text.length && !/[\s()"`]/.test(text[j]) && !text.startsWith("//", j)) j++;
      if (j === i) {
        const code = (text.codePointAt(i) ?? 0).toString(16).toUpperCase().padStart(4, "0");
        throw new LockfileParseError(file, line, `unexpected character U+${code}`);
      }
      tokens.push(text.slice(i, j));
      i = j;
    }
  }
  return { tokens, comment: "" };
}
function isIndirect(comment) {
  return comment === "indirect" || comment.startsWith("indirect;");
}
function isLocalPath(path) {
  return path.startsWith("./") || path.startsWith("../") || path.startsWith("/") || path === "." || path === ".." || /^[A-Za-z]:[\\/]/.test(path);
}
function checkVersion(file, version, line) {
  if (goScheme.parse(version) === null) {
    throw new LockfileParseError(file, line, `invalid module version "${version}"`);
  }
  return version;
}
function parseGoModDirectives(file, text) {
  const directives = [];
  const lines = text.split("\n");
  let block;
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const { tokens, comment } = tokenize(file, lines[index], line);
    if (tokens.length === 0) continue;
    if (block) {
      if (tokens.length === 1 && tokens[0] === ")") {
        block = void 0;
        continue;
      }
      if (tokens.includes("(") || tokens.includes(")"))
        throw new LockfileParseError(file, line, "unexpected parenthesis inside a block");
      directives.push({ verb: block.verb, args: { tokens, comment, line } });
      continue;
    }
    const [verb, ...rest] = tokens;
    if (rest.length === 1 && rest[0] === "(") {
      block = { verb, line };
      continue;
    }
    if (rest.includes("(") || rest.includes(")"))
      throw new LockfileParseError(file, line, `unexpected parenthesis after "${verb}"`);
    directives.push({ verb, args: { tokens: rest, comment, line } });
  }
  if (block) throw new LockfileParseError(file, block.line, `"${block.verb} (" block is never closed`);
  return directives;
}
function parseGoMod(input) {
  const file = input.path;
  const findings = [];
  const requirements = /* @__PURE__ */ new Map();
  const replacements = [];
  const tools = [];
  let goVersion;
  let goLine = 0;
  let toolchain;
  let sawModule = false;
  for (const { verb, args } of parseGoModDirectives(file, input.text)) {
    const { tokens, line } = args;
    switch (verb) {
      case "module":
        if (tokens.length !== 1) throw new LockfileParseError(file, line, 'expected "module <path>"');
        sawModule = true;
        break;
      case "go":
        if (tokens.length !== 1 || !/^\d+(\.\d+)*([a-z]+\d+)?$/.test(tokens[0])) {
          throw new LockfileParseError(file, line, 'expected "go <version>"');
        }
        goVersion = tokens[0];
        goLine = line;
        break;
      case "toolchain":
        if (tokens.length !== 1) throw new LockfileParseError(file, line, 'expected "toolchain <name>"');
        toolchain = { name: tokens[0], line };
        break;
      case "require": {
        if (tokens.length !== 2)
          throw new LockfileParseError(file, line, 'expected "require <module> <version>"');
        const [path, version] = tokens;
        const requirement = {
          path,
          version: checkVersion(file, version, line),
          indirect: isIndirect(args.comment),
          line
        };
        const previous = requirements.get(path);
        if (previous) {
          findings.push({
            lockfile: file,
            line,
            message: `${path} is required twice (${previous.version} at line ${previous.line}, ${version}); the higher version is kept`
          });
          if ((goScheme.compare(previous.version, version) ?? 0) >= 0) {
            previous.indirect &&= requirement.indirect;
            break;
          }
          requirement.indirect &&= previous.indirect;
        }
        requirements.set(path, requirement);
        break;
      }
      case "replace": {
        const arrow = tokens.indexOf("=>");
        const left = tokens.slice(0, arrow);
        const right = tokens.slice(arrow + 1);
        if (arrow === -1 || left.length < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
          throw new LockfileParseError(
            file,
            line,
            'expected "replace <module> [version] => <module> [version]"'
          );
        }
        const [newPath, newVersion] = right;
        if (newVersion === void 0 && !isLocalPath(newPath)) {
          throw new LockfileParseError(
            file,
            line,
            `replacement "${newPath}" needs a version unless it is a local directory (./ or ../)`
          );
        }
        replacements.push({
          oldPath: left[0],
          ...left[1] !== void 0 ? { oldVersion: checkVersion(file, left[1], line) } : {},
          newPath,
          ...newVersion !== void 0 ? { newVersion: checkVersion(file, newVersion, line) } : {},
          line
        });
        break;
      }
      case "tool":
        if (tokens.length !== 1) throw new LockfileParseError(file, line, 'expected "tool <package>"');
        tools.push(tokens[0]);
        break;
      case "exclude":
      case "retract":
      case "godebug":
      case "ignore":
        break;
      default:
        if (!KNOWN_DIRECTIVES.has(verb)) {
          findings.push({ lockfile: file, line, message: `unknown go.mod directive "${verb}" passed over` });
        }
    }
  }
  if (!sawModule && requirements.size === 0) {
    throw new LockfileParseError(file, 1, 'no "module" directive: not a go.mod file');
  }
  if (goVersion === void 0 || goScheme.compare(`v${goVersion.replace(/[a-z].*$/, "")}`, "v1.17") === -1) {
    findings.push({
      lockfile: file,
      message: `go.mod declares ${goVersion === void 0 ? "no go version" : `go ${goVersion}`}: before go 1.17 go.mod does not list every module of the build, so transitive modules may be missing from the inventory`
    });
  }
  const toolModules = /* @__PURE__ */ new Set();
  for (const tool of tools) {
    let best;
    for (const path of requirements.keys()) {
      if ((tool === path || tool.startsWith(`${path}/`)) && (best === void 0 || path.length > best.length))
        best = path;
    }
    if (best !== void 0) toolModules.add(best);
  }
  const packages = /* @__PURE__ */ new Map();
  const firstParty = [];
  for (const requirement of requirements.values()) {
    const replacement = replacements.find((r) => r.oldPath === requirement.path && r.oldVersion === requirement.version) ?? replacements.find((r) => r.oldPath === requirement.path && r.oldVersion === void 0);
    const scope = toolModules.has(requirement.path) && requirement.indirect ? "dev" : "runtime";
    let name = requirement.path;
    let version = requirement.version;
    if (replacement?.newVersion !== void 0) {
      name = replacement.newPath;
      version = replacement.newVersion;
      findings.push({
        lockfile: file,
        line: replacement.line,
        message: `${requirement.path} ${requirement.version} is replaced by ${name} ${version}: the replacement is what is built and is listed instead`
      });
    } else if (replacement) {
      firstParty.push({ name: requirement.path, folder: replacement.newPath, line: replacement.line });
      continue;
    }
    const key = `${name}\0${version}`;
    const existing = packages.get(key);
    if (existing) {
      existing.direct ||= !requirement.indirect;
      if (scope === "runtime") existing.scope = "runtime";
      continue;
    }
    packages.set(key, {
      ecosystem: "Go",
      name,
      version,
      purl: makePurl("Go", name, version),
      direct: !requirement.indirect,
      scope,
      lockfile: file
    });
  }
  const stdlib = readToolchain(file, goVersion, goLine, toolchain, findings);
  if (stdlib !== void 0) packages.set("stdlib", stdlib);
  findings.push(...reportFirstParty(file, firstParty));
  return {
    format: goVersion ? `go.mod(go ${goVersion})` : "go.mod",
    packages: [...packages.values()],
    findings
  };
}
function readToolchain(file, goVersion, goLine, toolchain, findings) {
  let version = null;
  if (toolchain !== void 0) {
    const custom = /^(go\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)-(.+)$/.exec(toolchain.name);
    version = goReleaseToSemver(custom ? custom[1] : toolchain.name);
    if (version === null) {
      findings.push({
        lockfile: file,
        line: toolchain.line,
        message: `toolchain "${toolchain.name}" names no Go release; the standard library is listed at the go version`
      });
    } else if (custom) {
      findings.push({
        lockfile: file,
        line: toolchain.line,
        message: `toolchain ${toolchain.name} is a custom build of Go; its standard library is listed as ${version}`
      });
    }
  }
  if (version === null && goVersion !== void 0) {
    version = goReleaseToSemver(goVersion);
    if (version === null) {
      findings.push({
        lockfile: file,
        line: goLine,
        message: `go ${goVersion} names no Go release; the standard library is not listed`
      });
    }
  }
  if (version === null) return void 0;
  return {
    ecosystem: "Go",
    name: "stdlib",
    version,
    purl: makePurl("Go", "stdlib", version),
    direct: true,
    scope: "runtime",
    lockfile: file
  };
}
var goModFormat = {
  id: "go-mod",
  ecosystem: "Go",
  matches: (path) => basename(path) === "go.mod",
  parse: parseGoMod
};
export {
  goModFormat
};
