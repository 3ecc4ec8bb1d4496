import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  hostOfUrl
} from "./chunk-VS777EZL.js";
import {
  gitCommitOf,
  isGitSpec
} from "./chunk-WJY5KL23.js";
import {
  readPackageJson,
  strongerScope
} from "./chunk-P55ZYZZQ.js";
import {
  reportFirstParty
} from "./chunk-SDUH2AO7.js";
import {
  makePurl
} from "./chunk-G4QSVRLT.js";
import {
  basename,
  dirname,
  joinPath
} from "./chunk-T42V55G4.js";
import {
  LockfileParseError,
  lineAt,
  parseJson
} from "./chunk-CLRKW6GA.js";

// src/lockfiles/npm.ts
var SUPPORTED_VERSIONS = [1, 2, 3];
var NODE_MODULES = "node_modules/";
var NESTED = `/${NODE_MODULES}`;
var DEPENDENCY_FIELDS = [
  "dependencies",
  "devDependencies",
  "optionalDependencies",
  "peerDependencies"
];
var MAY_BE_ABSENT = /* @__PURE__ */ new Set(["optionalDependencies", "peerDependencies"]);
var npmFormat = {
  id: "npm",
  ecosystem: "npm",
  matches(path) {
    const name = basename(path);
    return (name === "package-lock.json" || name === "npm-shrinkwrap.json") && !path.startsWith(NODE_MODULES) && !path.includes(`/${NODE_MODULES}`);
  },
  manifests(lockPath) {
    return [joinPath(dirname(lockPath), "package.json")];
  },
  parse: parseNpmLockfile
};
function parseNpmLockfile(input) {
  const { path, text } = input;
  const json = parseJson(path, text);
  if (!isObject(json)) throw new LockfileParseError(path, 1, "expected a JSON object at the top level");
  const version = json.lockfileVersion;
  if (version !== 1 && version !== 2 && version !== 3) {
    const found = version === void 0 ? "missing" : JSON.stringify(version);
    throw new LockfileParseError(
      path,
      lineOfKey(text, "lockfileVersion"),
      `unsupported lockfileVersion ${found}; supported: ${SUPPORTED_VERSIONS.join(", ")}`
    );
  }
  const label = `${basename(path) === "npm-shrinkwrap.json" ? "npm-shrinkwrap" : "npm"}-v${version}`;
  const collector = new PackageCollector(path);
  const findings = [];
  const ctx = { path, text, collector, findings, firstParty: [] };
  if (version !== 1 && json.packages !== void 0) {
    readPackagesMap(ctx, objectField(ctx, json, "packages", "packages"), () => manifestDeclared(input));
  } else {
    readDependencyTree(ctx, json.dependencies, manifestDeclared(input));
  }
  findings.push(...reportFirstParty(path, ctx.firstParty));
  return { format: label, packages: collector.packages(), findings };
}
function manifestDeclared(input) {
  const manifestPath = joinPath(dirname(input.path), "package.json");
  const manifestText = input.manifests?.get(manifestPath);
  if (manifestText === void 0) return void 0;
  return new Set(readPackageJson(manifestPath, manifestText).declared.keys());
}
function readPackagesMap(ctx, packages, readManifest) {
  const { path } = ctx;
  const rootValue = packages[""];
  if (rootValue !== void 0 && !isObject(rootValue)) {
    throw new LockfileParseError(path, lineOfKey(ctx.text, ""), 'expected the root "" entry to be an object');
  }
  const root = rootValue;
  const manifest = root ? void 0 : readManifest();
  const { collector } = ctx;
  const directKnown = root !== void 0 || manifest !== void 0;
  const notDirect = directKnown ? false : null;
  const links = [];
  const folders = [];
  const installed = /* @__PURE__ */ new Map();
  const nesting = /* @__PURE__ */ new Set();
  for (const key of Object.keys(packages)) {
    if (key === "") continue;
    const entry = packages[key];
    if (entry === null || typeof entry !== "object" || Array.isArray(entry))
      throw entryError(ctx, key, "expected an object");
    const fields = entry;
    if (fields.link === true) {
      links.push(key);
      continue;
    }
    const at = key.lastIndexOf(NODE_MODULES);
    if (at === -1 || at > 0 && key.charCodeAt(at - 1) !== 47) {
      folders.push(key);
      continue;
    }
    const pkg = addInstalled(ctx, key, fields, at, notDirect);
    if (pkg !== void 0) installed.set(key, pkg);
    if (at > 0) nesting.add(key.slice(0, at - 1));
  }
  const isWorkspace = compileWorkspaceGlobs(root ? workspaceGlobs(ctx, root) : []);
  const ownDirs = [];
  const linkedFolders = /* @__PURE__ */ new Set();
  for (const key of links) {
    const target = normalizeFolder(stringField(ctx, packages[key], key, "resolved"));
    if (target === void 0) throw entryError(ctx, key, 'a link needs a "resolved" target folder');
    linkedFolders.add(target);
    if (!ownDirs.includes(target)) ownDirs.push(target);
    if (isWorkspace(target)) continue;
    const folder = packages[target];
    const folderName = isObject(folder) ? stringField(ctx, folder, target, "name") : void 0;
    ctx.firstParty.push({
      name: folderName ?? key.slice(key.lastIndexOf(NODE_MODULES) + NODE_MODULES.length),
      folder: target,
      line: lineOfKey(ctx.text, key)
    });
  }
  for (const folder of folders) {
    if (!linkedFolders.has(folder)) {
      ctx.findings.push({
        lockfile: path,
        line: lineOfKey(ctx.text, folder),
        message: `folder entry "${folder}" is not linked from any node_modules path; not listed as a package`
      });
    }
  }
  const direct = /* @__PURE__ */ new Set();
  if (root) markDirect(ctx, packages, "", root, direct);
  else if (manifest) {
    for (const name of manifest) {
      const found = resolveFrom(packages, "", name);
      if (found !== void 0) direct.add(found);
    }
  }
  for (const dir of ownDirs) {
    const entry = packages[dir];
    if (isObject(entry)) markDirect(ctx, packages, dir, entry, direct);
  }
  for (const key of direct) {
    const entry = packages[key];
    if (entry.link === true) continue;
    const identity = identifyInstalled(entry);
    if (identity === void 0) continue;
    const alias = key.slice(key.lastIndexOf(NODE_MODULES) + NODE_MODULES.length);
    collector.markDirect(typeof entry.name === "string" ? entry.name : alias, identity.version, identity.git);
  }
  addEdges(packages, installed, nesting);
}
var EDGE_FIELDS = ["dependencies", "optionalDependencies", "peerDependencies"];
function addEdges(packages, installed, nesting) {
  const hoisted = /* @__PURE__ */ new Map();
  for (const [key, pkg] of installed) {
    const entry = packages[key];
    const edges = pkg.dependencies ??= [];
    for (const field of EDGE_FIELDS) {
      const declared = entry[field];
      if (!isObject(declared)) continue;
      for (const name in declared) {
        const target = resolveInstalled(packages, installed, nesting, hoisted, key, name);
        if (target !== void 0) edges.push(target.purl);
      }
    }
  }
}
function resolveInstalled(packages, installed, nesting, hoisted, key, name) {
  let base = key;
  for (; ; ) {
    if (nesting.has(base)) {
      const candidate = `${base}/${NODE_MODULES}${name}`;
      if (Object.hasOwn(packages, candidate)) return installed.get(candidate);
    }
    const up = base.lastIndexOf(NESTED);
    if (up === -1) break;
    base = base.slice(0, up);
  }
  let top = hoisted.get(name);
  if (top === void 0) hoisted.set(name, top = installed.get(NODE_MODULES + name) ?? null);
  return top ?? void 0;
}
function identifyInstalled(entry) {
  const { version, resolved } = entry;
  const commit = typeof resolved === "string" && isGitSpec(resolved) ? gitCommitOf(resolved) : void 0;
  const git = commit === void 0 ? void 0 : { url: resolved, commit };
  if (typeof version === "string" && version !== "") return git ? { version, git } : { version };
  return git ? { version: git.commit, git } : void 0;
}
function addInstalled(ctx, key, entry, nodeModulesAt, direct) {
  if (entry.version !== void 0 && typeof entry.version !== "string")
    throw entryError(ctx, key, 'expected "version" to be a string');
  const resolved = entry.resolved;
  if (resolved !== void 0 && typeof resolved !== "string")
    throw entryError(ctx, key, 'expected "resolved" to be a string');
  const identity = identifyInstalled(entry);
  if (identity === void 0) {
    ctx.findings.push({
      lockfile: ctx.path,
      line: lineOfKey(ctx.text, key),
      message: `"${key}" has no version and no pinned commit; skipped`
    });
    return void 0;
  }
  let name = entry.name;
  if (name === void 0) name = key.slice(nodeModulesAt + NODE_MODULES.length);
  else if (typeof name !== "string") throw entryError(ctx, key, 'expected "name" to be a string');
  const integrity = entry.integrity;
  if (integrity !== void 0 && typeof integrity !== "string")
    throw entryError(ctx, key, 'expected "integrity" to be a string');
  return ctx.collector.add(
    name,
    identity.version,
    direct,
    scopeOf(entry),
    integrity,
    resolved === void 0 ? void 0 : sourceOfResolved(resolved),
    hostOfUrl(resolved),
    identity.git
  );
}
function markDirect(ctx, packages, dir, entry, direct) {
  for (const field of DEPENDENCY_FIELDS) {
    const declared = entry[field];
    if (declared === void 0) continue;
    if (!isObject(declared)) throw entryError(ctx, dir, `expected "${field}" to be an object`);
    for (const name of Object.keys(declared)) {
      const found = resolveFrom(packages, dir, name);
      if (found !== void 0) direct.add(found);
      else if (!MAY_BE_ABSENT.has(field)) {
        ctx.findings.push({
          lockfile: ctx.path,
          line: lineOfKey(ctx.text, dir),
          message: `"${name}" is declared in ${field} of ${dir === "" ? "the root project" : `"${dir}"`} but not in the lockfile`
        });
      }
    }
  }
}
function resolveFrom(packages, dir, name) {
  let base = dir;
  for (; ; ) {
    const candidate = base === "" ? NODE_MODULES + name : `${base}/${NODE_MODULES}${name}`;
    if (Object.hasOwn(packages, candidate)) return candidate;
    if (base === "") return void 0;
    base = dirname(base);
  }
}
function workspaceGlobs(ctx, root) {
  const value = root.workspaces;
  const list = isObject(value) ? value.packages : value;
  if (list === void 0) return [];
  if (!Array.isArray(list)) throw entryError(ctx, "", 'expected "workspaces" to be an array of globs');
  return list.filter((glob) => typeof glob === "string");
}
function compileWorkspaceGlobs(globs) {
  const include = [];
  const exclude = [];
  for (const raw of globs) {
    const negated = raw.startsWith("!");
    const glob = normalizeFolder(negated ? raw.slice(1) : raw);
    if (glob === void 0) continue;
    let source = "";
    for (let i = 0; i < glob.length; i++) {
      const char = glob[i];
      if (char === "*" && glob[i + 1] === "*") {
        source += glob[i + 2] === "/" ? "(?:.*/)?" : ".*";
        i += glob[i + 2] === "/" ? 2 : 1;
      } else if (char === "*") source += "[^/]*";
      else if (char === "?") source += "[^/]";
      else source += char.replace(/[.+^${}()|[\]\\]/g, "\\$&");
    }
    (negated ? exclude : include).push(new RegExp(`^${source}$`));
  }
  return (folder) => include.some((re) => re.test(folder)) && !exclude.some((re) => re.test(folder));
}
function normalizeFolder(path) {
  if (path === void 0) return void 0;
  let folder = path.startsWith("file:") ? path.slice(5) : path;
  while (folder.startsWith("./")) folder = folder.slice(2);
  while (folder.endsWith("/")) folder = folder.slice(0, -1);
  return folder;
}
function readDependencyTree(ctx, tree, manifest) {
  if (tree === void 0) return;
  if (!isObject(tree))
    throw new LockfileParseError(
      ctx.path,
      lineOfKey(ctx.text, "dependencies"),
      'expected "dependencies" to be an object'
    );
  const stack = [{ deps: tree, depth: 0 }];
  for (let next = stack.pop(); next !== void 0; next = stack.pop()) {
    const { deps, depth } = next;
    for (const key of Object.keys(deps)) {
      const entry = deps[key];
      if (!isObject(entry)) throw entryError(ctx, key, "expected an object");
      const spec = stringField(ctx, entry, key, "version");
      if (spec === void 0 || spec === "") {
        ctx.findings.push({
          lockfile: ctx.path,
          line: lineOfKey(ctx.text, key),
          message: `"${key}" has no version; skipped`
        });
      } else {
        const resolved = stringField(ctx, entry, key, "resolved");
        const read = readV1Spec(ctx, key, spec, resolved);
        const direct = depth === 0 ? manifest ? manifest.has(key) : null : false;
        if (read.source === "link") {
          ctx.firstParty.push({ name: read.name, folder: spec.slice(5), line: lineOfKey(ctx.text, key) });
        } else {
          ctx.collector.add(
            read.name,
            read.version,
            direct,
            scopeOf(entry),
            stringField(ctx, entry, key, "integrity"),
            read.source,
            hostOfUrl(resolved),
            read.git
          );
        }
      }
      const nested = entry.dependencies;
      if (nested === void 0) continue;
      if (!isObject(nested)) throw entryError(ctx, key, 'expected "dependencies" to be an object');
      stack.push({ deps: nested, depth: depth + 1 });
    }
  }
}
function readV1Spec(ctx, key, spec, resolved) {
  if (spec.startsWith("npm:")) {
    const target = spec.slice(4);
    const at = target.lastIndexOf("@");
    if (at <= 0 || at === target.length - 1) throw entryError(ctx, key, `malformed alias "${spec}"`);
    return { name: target.slice(0, at), version: target.slice(at + 1), source: sourceOfResolved(resolved) };
  }
  const first = spec.charCodeAt(0);
  if (first >= 48 && first <= 57) return { name: key, version: spec, source: sourceOfResolved(resolved) };
  if (spec.startsWith("file:")) {
    const tarball = spec.endsWith(".tgz") || spec.endsWith(".tar.gz") || spec.endsWith(".tar");
    return { name: key, version: spec, source: tarball ? "file" : "link" };
  }
  if (!isGitSpec(spec)) return { name: key, version: spec, source: "url" };
  const commit = gitCommitOf(spec);
  return commit === void 0 ? { name: key, version: spec, source: "git" } : { name: key, version: commit, source: "git", git: { url: spec, commit } };
}
function scopeOf(entry) {
  if (entry.dev === true) return "dev";
  if (entry.optional === true || entry.devOptional === true) return "optional";
  return "runtime";
}
function sourceOfResolved(resolved) {
  if (resolved === void 0 || resolved === "") return void 0;
  if (resolved.startsWith("https://") || resolved.startsWith("http://")) {
    return resolved.includes("/-/") ? void 0 : "url";
  }
  if (resolved.startsWith("file:")) return "file";
  return isGitSpec(resolved) ? "git" : "url";
}
function stringField(ctx, entry, key, field) {
  const value = entry[field];
  if (value === void 0) return void 0;
  if (typeof value !== "string") throw entryError(ctx, key, `expected "${field}" to be a string`);
  return value;
}
function objectField(ctx, json, field, what) {
  const value = json[field];
  if (!isObject(value))
    throw new LockfileParseError(ctx.path, lineOfKey(ctx.text, field), `expected "${what}" to be an object`);
  return value;
}
function entryError(ctx, key, detail) {
  return new LockfileParseError(ctx.path, lineOfKey(ctx.text, key), `"${key}": ${detail}`);
}
function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}
function lineOfKey(text, key) {
  const quoted = JSON.stringify(key);
  for (let at = text.indexOf(quoted); at !== -1; at = text.indexOf(quoted, at + 1)) {
    let after = at + quoted.length;
    while (text[after] === " " || text[after] === "	" || text[after] === "\r" || text[after] === "\n")
      after++;
    if (text[after] === ":") return lineAt(text, at);
  }
  return void 0;
}
var PackageCollector = class {
  constructor(lockfile) {
    this.lockfile = lockfile;
  }
  lockfile;
  byKey = /* @__PURE__ */ new Map();
  add(name, version, direct, scope, integrity, source, host, git) {
    const key = collectorKey(name, version, git);
    const existing = this.byKey.get(key);
    if (existing) {
      if (direct === true || direct === null && existing.direct === false) existing.direct = direct;
      if (existing.scope !== scope) existing.scope = strongerScope(existing.scope, scope);
      if (existing.integrity === void 0 && integrity) existing.integrity = integrity;
      if (existing.source === void 0 && source !== void 0) existing.source = source;
      existing.host ??= host;
      return existing;
    }
    const pkg = {
      ecosystem: "npm",
      name,
      version,
      purl: makePurl("npm", name, version, git),
      direct,
      scope,
      lockfile: this.lockfile
    };
    if (integrity) pkg.integrity = integrity;
    if (source !== void 0) pkg.source = source;
    if (host !== void 0) pkg.host = host;
    if (git !== void 0) pkg.ref = git.commit;
    this.byKey.set(key, pkg);
    return pkg;
  }
  /** Marks an already added name@version direct (it was added before directness was known). */
  markDirect(name, version, git) {
    const existing = this.byKey.get(collectorKey(name, version, git));
    if (existing) existing.direct = true;
  }
  packages() {
    return [...this.byKey.values()];
  }
};
function collectorKey(name, version, git) {
  return git === void 0 ? `${name}\0${version}` : `${name}\0${version}\0${git.commit}`;
}

export {
  npmFormat,
  lineOfKey,
  PackageCollector
};
