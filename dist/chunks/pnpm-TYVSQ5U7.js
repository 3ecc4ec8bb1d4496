import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  init_js_yaml,
  yaml
} from "./chunk-WF6R6NDL.js";
import {
  gitCommitOf,
  repositoryOf
} from "./chunk-WJY5KL23.js";
import {
  strongerScope
} from "./chunk-P55ZYZZQ.js";
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
import {
  DEFAULT_MAX_LOCKFILE_BYTES
} from "./chunk-N5KUENVE.js";
import "./chunk-46HMBI5S.js";

// src/lockfiles/pnpm.ts
init_js_yaml();
var SUPPORTED = ["5", "5.0", "5.1", "5.2", "5.3", "5.4", "6.0", "6.1", "9.0"];
var IMPORTER_FIELDS = [
  ["dependencies", "runtime"],
  ["optionalDependencies", "optional"],
  ["devDependencies", "dev"]
];
var ENV_IMPORTER_FIELDS = [
  ["packageManagerDependencies", "dev"],
  ["configDependencies", "dev"]
];
var DEFAULT_REGISTRY_HOSTS = /* @__PURE__ */ new Set(["registry.npmjs.org", "registry.yarnpkg.com"]);
var SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;
var pnpmFormat = {
  id: "pnpm",
  ecosystem: "npm",
  matches: (path) => basename(path) === "pnpm-lock.yaml",
  parse: parsePnpmLockfile
};
function parsePnpmLockfile(input) {
  const { path: file, text } = input;
  if (text.length > DEFAULT_MAX_LOCKFILE_BYTES) {
    throw new LockfileParseError(file, void 0, `larger than ${DEFAULT_MAX_LOCKFILE_BYTES} bytes`);
  }
  const documents = loadYamlDocuments(file, text);
  const markers = documentMarkers(text);
  if (documents.length > 2) {
    throw new LockfileParseError(
      file,
      markers[2] === void 0 ? void 0 : lineAtOffset(text, markers[2]),
      `expected one YAML document (the project lockfile) or two (pnpm 11: the env lockfile, then the project lockfile), found ${documents.length}`
    );
  }
  const last = documents.at(-1);
  if (last === null || last === void 0) throw new LockfileParseError(file, 1, "empty lockfile");
  const findings = [];
  const firstParty = [];
  const items = /* @__PURE__ */ new Map();
  const context = (start) => ({
    file,
    text,
    start,
    family: 5,
    findings,
    firstParty,
    projects: /* @__PURE__ */ new Set(),
    patched: /* @__PURE__ */ new Set()
  });
  const projectStart = documents.length === 2 ? markers.at(-1) ?? 0 : 0;
  const project = readDocument(context(projectStart), last, IMPORTER_FIELDS, items);
  const results = [project];
  if (documents.length === 2) {
    const env = documents[0];
    if (env === null || env === void 0) {
      findings.push({ lockfile: file, line: 1, message: "the first YAML document (env lockfile) is empty" });
    } else {
      results.push(readDocument(context(0), env, ENV_IMPORTER_FIELDS, items));
    }
  }
  const packages = [];
  const purls = /* @__PURE__ */ new Map();
  for (const [identity, item] of items)
    purls.set(identity, makePurl("npm", item.name, item.version, item.git));
  for (const [identity, item] of items) {
    let scope;
    for (const result of results) {
      const found = result.scopes.get(identity);
      if (found !== void 0) scope = scope === void 0 ? found : strongerScope(scope, found);
    }
    if (scope === void 0) continue;
    const pkg = {
      ecosystem: "npm",
      name: item.name,
      version: item.version,
      purl: purls.get(identity),
      direct: results.some((result) => result.direct.has(identity)),
      scope,
      lockfile: file,
      dependencies: [
        ...new Set(
          results.flatMap((result) => [...result.edges.get(identity) ?? []].map((to) => purls.get(to)))
        )
      ].sort()
    };
    if (item.integrity !== void 0) pkg.integrity = item.integrity;
    if (item.source !== void 0) pkg.source = item.source;
    if (item.git !== void 0) pkg.ref = item.git.commit;
    if (item.host !== void 0) pkg.host = item.host;
    packages.push(pkg);
  }
  findings.push(...reportFirstParty(file, firstParty));
  return { format: `pnpm-v${project.version}`, packages, findings };
}
function readDocument(ctx, root, fields, items) {
  const doc = expectMap(ctx, root, "the document", void 0);
  const version = doc.lockfileVersion;
  if (typeof version !== "string") {
    throw new LockfileParseError(
      ctx.file,
      lineAtOffset(ctx.text, ctx.start),
      `no lockfileVersion (supported: ${SUPPORTED.join(", ")})`
    );
  }
  if (!SUPPORTED.includes(version)) {
    throw new LockfileParseError(
      ctx.file,
      lineOfKey(ctx, "lockfileVersion", 0),
      `unsupported pnpm lockfileVersion ${JSON.stringify(version)} (supported: ${SUPPORTED.join(", ")})`
    );
  }
  ctx.family = Number(version[0]);
  ctx.patched = new Set(
    Object.keys(optionalMap(ctx, doc.patchedDependencies, "patchedDependencies", "patchedDependencies"))
  );
  const importers = readImporters(ctx, doc, fields);
  for (const importer of importers.keys()) ctx.projects.add(normalizeFolder("", importer));
  const entries = readEntries(ctx, doc, items);
  const direct = /* @__PURE__ */ new Set();
  const seeds = [];
  for (const [importer, declared] of importers) {
    for (const [field, scope] of fields) {
      const deps = declared.get(field);
      if (!deps) continue;
      for (const [alias, ref] of deps) {
        if (ref.startsWith("link:")) {
          checkLink(ctx, normalizeFolder("", importer), alias, ref);
          continue;
        }
        const depPath = resolveRef(ctx, entries, alias, ref);
        if (depPath === void 0) {
          ctx.findings.push({
            lockfile: ctx.file,
            line: doc.importers === void 0 ? lineOfKey(ctx, field, 0) : lineOfKey(ctx, importer, 2, "importers"),
            message: `${importer === "." ? "the root project" : importer} ${field} ${alias}: ${ref} has no entry in the lockfile; not listed`
          });
          continue;
        }
        seeds.push([depPath, scope]);
        const identity = entries.get(depPath)?.identity;
        if (identity !== void 0) direct.add(identity);
      }
    }
  }
  const reached = propagateScopes(ctx, entries, seeds);
  const scopes = /* @__PURE__ */ new Map();
  const edges = /* @__PURE__ */ new Map();
  for (const entry of entries.values()) {
    if (entry.identity !== void 0) addEntryEdges(ctx, entries, entry, edges);
    if (entry.ownFolder) {
      for (const edges2 of [entry.dependencies, entry.optionalDependencies]) {
        for (let e = 0; e < edges2.length; e += 2) {
          const to = resolveRef(ctx, entries, edges2[e], edges2[e + 1]);
          const identity = to === void 0 ? void 0 : entries.get(to)?.identity;
          if (identity !== void 0) direct.add(identity);
        }
      }
    }
    if (entry.identity === void 0) continue;
    const computed = reached.get(entry.depPath);
    let scope = entry.flaggedScope ?? computed;
    if (computed === void 0) {
      scope ??= "runtime";
      ctx.findings.push({
        lockfile: ctx.file,
        line: lineOfKey(ctx, entry.depPath, 2, entrySection(ctx)),
        message: `${entry.depPath} is not reachable from any importer; listed as ${scope}`
      });
    }
    if (scope === void 0) continue;
    const previous = scopes.get(entry.identity);
    scopes.set(entry.identity, previous ? strongerScope(previous, scope) : scope);
  }
  return { version, scopes, direct, edges };
}
function addEntryEdges(ctx, entries, entry, edges) {
  const from = entry.identity;
  let into = edges.get(from);
  if (into === void 0) edges.set(from, into = /* @__PURE__ */ new Set());
  for (const list of [entry.dependencies, entry.optionalDependencies]) {
    for (let e = 0; e < list.length; e += 2) {
      const ref = list[e + 1];
      if (ref.startsWith("link:")) continue;
      const to = resolveRef(ctx, entries, list[e], ref);
      const identity = to === void 0 ? void 0 : entries.get(to)?.identity;
      if (identity !== void 0 && identity !== from) into.add(identity);
    }
  }
}
function loadYamlDocuments(file, text) {
  try {
    return yaml.loadAll(text, void 0, { schema: yaml.FAILSAFE_SCHEMA, filename: file });
  } catch (error) {
    if (error instanceof yaml.YAMLException) {
      const line = typeof error.mark?.line === "number" ? error.mark.line + 1 : void 0;
      throw new LockfileParseError(file, line, `invalid YAML: ${error.reason}`);
    }
    throw new LockfileParseError(
      file,
      void 0,
      `invalid YAML: ${error instanceof Error ? error.message : String(error)}`
    );
  }
}
function documentMarkers(text) {
  const markers = [];
  for (const match of text.matchAll(/^---[ \t]*\r?$/gm)) markers.push(match.index);
  return markers;
}
function lineAtOffset(text, offset) {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
function readEntries(ctx, doc, items) {
  const entries = /* @__PURE__ */ new Map();
  const packages = optionalMap(ctx, doc.packages, "packages", "packages");
  if (ctx.family !== 9) {
    for (const depPath of Object.keys(packages)) {
      const entry = optionalMap(ctx, packages[depPath], depPath, depPath);
      const identity = readItem(ctx, depPath, entry, items);
      entries.set(depPath, {
        depPath,
        identity,
        ownFolder: isOwnFolder(ctx, entry),
        dependencies: readEdges(ctx, depPath, entry.dependencies, "dependencies"),
        optionalDependencies: readEdges(ctx, depPath, entry.optionalDependencies, "optionalDependencies"),
        flaggedScope: entry.dev === "true" ? "dev" : entry.optional === "true" ? "optional" : "runtime",
        folder: folderOf(entry)
      });
    }
    return entries;
  }
  const snapshots = optionalMap(ctx, doc.snapshots, "snapshots", "snapshots");
  const identities = /* @__PURE__ */ new Map();
  const described = /* @__PURE__ */ new Set();
  for (const depPath of Object.keys(snapshots)) {
    const snapshot = optionalMap(ctx, snapshots[depPath], depPath, depPath);
    const key = stripPeers(depPath);
    let identity;
    let folder = "";
    let ownFolder = false;
    if (Object.hasOwn(packages, key)) {
      const meta = optionalMap(ctx, packages[key], key, key);
      folder = folderOf(meta);
      ownFolder = isOwnFolder(ctx, meta);
      if (identities.has(key)) identity = identities.get(key);
      else {
        identity = readItem(ctx, key, meta, items, depPath);
        identities.set(key, identity);
        described.add(key);
      }
    } else {
      ctx.findings.push({
        lockfile: ctx.file,
        line: lineOfKey(ctx, depPath, 2, "snapshots"),
        message: `snapshot ${depPath} has no entry ${key} under packages; not listed`
      });
    }
    if (identity !== void 0 && hasOwnPatchHash(depPath)) markPatched(items.get(identity));
    entries.set(depPath, {
      depPath,
      identity,
      ownFolder,
      dependencies: readEdges(ctx, depPath, snapshot.dependencies, "dependencies"),
      optionalDependencies: readEdges(ctx, depPath, snapshot.optionalDependencies, "optionalDependencies"),
      flaggedScope: void 0,
      folder
    });
  }
  for (const key of Object.keys(packages)) {
    if (described.has(key)) continue;
    ctx.findings.push({
      lockfile: ctx.file,
      line: lineOfKey(ctx, key, 2, "packages"),
      message: `package ${key} has no snapshot, so nothing installs it; not listed`
    });
  }
  return entries;
}
function isOwnFolder(ctx, entry) {
  const resolution = entry.resolution;
  if (resolution === null || typeof resolution !== "object" || Array.isArray(resolution)) return false;
  const { type, directory } = resolution;
  return type === "directory" && !(typeof directory === "string" && ctx.projects.has(normalizeFolder("", directory)));
}
function readItem(ctx, key, entry, items, depPath = key) {
  const parsed = parseDepPath(ctx.family, key);
  const resolution = optionalMap(ctx, entry.resolution, key, "resolution");
  const name = typeof entry.name === "string" ? entry.name : parsed?.name;
  const version = typeof entry.version === "string" ? entry.version : parsed?.version;
  if (resolution.type === "directory") {
    const folder = typeof resolution.directory === "string" ? resolution.directory : key;
    if (!ctx.projects.has(normalizeFolder("", folder)))
      ctx.firstParty.push({ name: name ?? key, folder, line: lineOfKey(ctx, key, 2, "packages") });
    return void 0;
  }
  const origin = readSource(ctx, key, resolution, parsed);
  const source = origin.source;
  let exact = version !== void 0 && SEMVER.test(version) ? version : void 0;
  if (exact === void 0 && origin.git !== void 0) exact = origin.git.commit;
  if (!name || !exact) {
    ctx.findings.push({
      lockfile: ctx.file,
      line: lineOfKey(ctx, key, 2, "packages"),
      message: `cannot tell the name and exact version of ${key}; not listed`
    });
    return void 0;
  }
  const identity = origin.git ? `${name}@${exact}#${origin.git.commit}` : `${name}@${exact}`;
  const item = { name, version: exact, depPath, ...source ? { source } : {} };
  if (origin.git) item.git = origin.git;
  if (parsed?.host !== void 0 && source !== "git") item.host = parsed.host;
  if (typeof resolution.integrity === "string") item.integrity = resolution.integrity;
  if (entry.patched === "true" || hasOwnPatchHash(key) || ctx.patched.has(`${name}@${exact}`))
    item.source ??= "patch";
  const previous = items.get(identity);
  if (!previous) {
    items.set(identity, item);
  } else if (previous.source !== item.source) {
    ctx.findings.push({
      lockfile: ctx.file,
      line: lineOfKey(ctx, key, 2, "packages"),
      message: `${name}@${exact} comes both from ${previous.source ?? "the registry"} (${previous.depPath}) and from ${item.source ?? "the registry"} (${key}); listed once`
    });
    if (previous.source === void 0 || previous.source === "patch")
      items.set(identity, { ...item, source: item.source ?? previous.source });
  }
  return identity;
}
function readSource(ctx, key, resolution, parsed) {
  if (resolution.type === "git") {
    const { repo, commit: commit2 } = resolution;
    return typeof repo === "string" && typeof commit2 === "string" && commit2 !== "" ? { source: "git", git: { url: repo, commit: commit2.toLowerCase() } } : { source: "git" };
  }
  if (typeof resolution.type === "string") {
    ctx.findings.push({
      lockfile: ctx.file,
      line: lineOfKey(ctx, key, 2, "packages"),
      message: `${key} has an unknown resolution type ${JSON.stringify(resolution.type)}; listed without a source`
    });
    return {};
  }
  const tarball = resolution.tarball;
  const fromHost = parsed?.host !== void 0 && !DEFAULT_REGISTRY_HOSTS.has(parsed.host) ? { source: "registry" } : {};
  if (typeof tarball !== "string") return fromHost;
  if (tarball.startsWith("file:")) return { source: "file" };
  if (parsed !== void 0 && SEMVER.test(parsed.version)) return fromHost;
  const commit = gitCommitOf(tarball);
  if (commit !== void 0) return { source: "git", git: { url: repositoryOf(tarball), commit } };
  return /^https?:\/\/codeload\.github\.com\//.test(tarball) ? { source: "git" } : { source: "url" };
}
function folderOf(entry) {
  const resolution = entry.resolution;
  const directory = resolution !== null && typeof resolution === "object" ? resolution.directory : void 0;
  return resolution?.type === "directory" && typeof directory === "string" ? normalizeFolder("", directory) : "";
}
function markPatched(item) {
  if (item && item.source === void 0) item.source = "patch";
}
function parseDepPath(family, depPath) {
  let rest = depPath;
  let host;
  if (family !== 9) {
    if (rest.startsWith("/")) rest = rest.slice(1);
    else {
      const slash = rest.indexOf("/");
      if (slash <= 0) return void 0;
      host = rest.slice(0, slash);
      rest = rest.slice(slash + 1);
    }
  }
  let parsed;
  if (family === 5) {
    const nameEnd = rest.startsWith("@") ? rest.indexOf("/", rest.indexOf("/") + 1) : rest.indexOf("/");
    if (nameEnd <= 0) return void 0;
    const versionAndPeers = rest.slice(nameEnd + 1);
    const underscore = versionAndPeers.indexOf("_");
    const version = underscore === -1 ? versionAndPeers : versionAndPeers.slice(0, underscore);
    parsed = version ? { name: rest.slice(0, nameEnd), version } : void 0;
  } else {
    const at = rest.indexOf("@", 1);
    if (at <= 0) return void 0;
    const version = stripPeers(rest.slice(at + 1));
    parsed = version ? { name: rest.slice(0, at), version } : void 0;
  }
  if (parsed === void 0 || host === void 0) return parsed;
  return SEMVER.test(parsed.version) ? { ...parsed, host } : void 0;
}
function hasOwnPatchHash(key) {
  let depth = 0;
  for (let i = key.indexOf("("); i !== -1 && i < key.length; i++) {
    const char = key[i];
    if (char === "(") {
      if (depth === 0 && key.startsWith("patch_hash=", i + 1)) return true;
      depth++;
    } else if (char === ")") depth--;
  }
  return false;
}
function stripPeers(depPath) {
  const paren = depPath.indexOf("(");
  return paren === -1 ? depPath : depPath.slice(0, paren);
}
function resolveRef(ctx, entries, alias, ref) {
  let candidate;
  if (ctx.family === 5) {
    const underscore = ref.indexOf("_");
    const bare = underscore === -1 ? ref : ref.slice(0, underscore);
    candidate = ref.startsWith("file:") || bare.includes("/") ? ref : `/${alias}/${ref}`;
  } else if (ctx.family === 6) {
    candidate = ref.startsWith("file:") || stripPeers(ref).includes("/") ? ref : `/${alias}@${ref}`;
  } else {
    const at = ref.indexOf("@");
    const colon = ref.indexOf(":");
    const paren = ref.indexOf("(");
    const isPath = ref.startsWith("@") || at > 0 && (colon === -1 || at < colon) && (paren === -1 || at < paren);
    candidate = isPath ? ref : `${alias}@${ref}`;
  }
  if (entries.has(candidate)) return candidate;
  return entries.has(ref) ? ref : void 0;
}
function readEdges(ctx, depPath, value, field) {
  if (value === void 0 || value === null) return [];
  const deps = expectMap(ctx, value, `${field} of ${depPath}`, depPath);
  const edges = [];
  for (const alias of Object.keys(deps)) {
    const ref = deps[alias];
    if (typeof ref !== "string") {
      throw new LockfileParseError(
        ctx.file,
        lineOfKey(ctx, depPath, 2),
        `${field} of ${depPath}: ${alias} is not a string`
      );
    }
    edges.push(alias, ref);
  }
  return edges;
}
function propagateScopes(ctx, entries, seeds) {
  const reached = /* @__PURE__ */ new Map();
  const queue = [];
  const reach = (depPath, scope) => {
    const previous = reached.get(depPath);
    if (previous !== void 0 && strongerScope(previous, scope) === previous) return;
    reached.set(depPath, scope);
    queue.push(depPath);
  };
  for (const [depPath, scope] of seeds) reach(depPath, scope);
  const reported = /* @__PURE__ */ new Set();
  for (let i = 0; i < queue.length; i++) {
    const from = queue[i];
    const entry = entries.get(from);
    const scope = reached.get(from);
    if (!entry || !scope) continue;
    for (const [edges, optional] of [
      [entry.dependencies, false],
      [entry.optionalDependencies, true]
    ]) {
      for (let e = 0; e < edges.length; e += 2) {
        const alias = edges[e];
        const ref = edges[e + 1];
        if (ref.startsWith("link:")) {
          checkLink(ctx, entry.folder, alias, ref);
          continue;
        }
        const to = resolveRef(ctx, entries, alias, ref);
        if (to === void 0) {
          const key = `${from}\0${alias}`;
          if (!reported.has(key)) {
            reported.add(key);
            ctx.findings.push({
              lockfile: ctx.file,
              line: lineOfKey(ctx, from, 2, entrySection(ctx)),
              message: `${from} depends on ${alias}: ${ref}, which has no entry in the lockfile`
            });
          }
          continue;
        }
        reach(to, optional && scope === "runtime" ? "optional" : scope);
      }
    }
  }
  return reached;
}
function readImporters(ctx, doc, names) {
  const importers = /* @__PURE__ */ new Map();
  if (doc.importers === void 0 && ctx.family !== 9) {
    importers.set(".", readImporter(ctx, ".", doc, names));
    return importers;
  }
  const map = optionalMap(ctx, doc.importers, "importers", "importers");
  for (const path of Object.keys(map)) {
    importers.set(path, readImporter(ctx, path, optionalMap(ctx, map[path], path, path), names));
  }
  return importers;
}
function readImporter(ctx, importer, value, names) {
  const fields = /* @__PURE__ */ new Map();
  for (const [field] of names) {
    if (value[field] === void 0 || value[field] === null) continue;
    const lineKey = importer === "." && value.lockfileVersion !== void 0 ? field : importer;
    const deps = expectMap(ctx, value[field], `${field} of importer ${importer}`, lineKey);
    const refs = /* @__PURE__ */ new Map();
    for (const alias of Object.keys(deps)) {
      const dep = deps[alias];
      const ref = typeof dep === "string" ? dep : dep !== null && typeof dep === "object" && !Array.isArray(dep) ? dep.version : void 0;
      if (typeof ref !== "string" || ref === "") {
        throw new LockfileParseError(
          ctx.file,
          lineOfKey(ctx, lineKey, -1),
          `${field} of importer ${importer}: ${alias} has no version`
        );
      }
      refs.set(alias, ref);
    }
    fields.set(field, refs);
  }
  return fields;
}
function checkLink(ctx, from, alias, ref) {
  const target = normalizeFolder(from, ref.slice("link:".length));
  if (ctx.projects.has(target)) return;
  ctx.firstParty.push({ name: alias, folder: target || ".", line: lineOfKey(ctx, alias, -1) });
}
function normalizeFolder(base, relative) {
  const parts = [];
  for (const part of `${base}/${relative}`.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === ".." && parts.length > 0 && parts[parts.length - 1] !== "..") parts.pop();
    else parts.push(part);
  }
  return parts.join("/");
}
function optionalMap(ctx, value, what, lineKey) {
  if (value === void 0 || value === null) return /* @__PURE__ */ Object.create(null);
  return expectMap(ctx, value, what, lineKey);
}
function expectMap(ctx, value, what, lineKey) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    throw new LockfileParseError(
      ctx.file,
      lineKey === void 0 ? void 0 : lineOfKey(ctx, lineKey, -1),
      `expected ${what} to be a mapping`
    );
  }
  return value;
}
function lineOfKey(ctx, key, indent, section) {
  const { text } = ctx;
  const sectionAt = section === void 0 ? -1 : text.indexOf(`
${section}:`, ctx.start);
  const start = sectionAt === -1 ? ctx.start : sectionAt;
  for (const written of [key, `'${key.replaceAll("'", "''")}'`, JSON.stringify(key)]) {
    const needle = `${written}:`;
    for (let at = text.indexOf(needle, start); at !== -1; at = text.indexOf(needle, at + 1)) {
      const lineStart = text.lastIndexOf("\n", at - 1) + 1;
      const before = text.slice(lineStart, at);
      if (before.trim() !== "" || indent !== -1 && before.length !== indent) continue;
      return lineOfOffset(ctx, at);
    }
  }
  return void 0;
}
function entrySection(ctx) {
  return ctx.family === 9 ? "snapshots" : "packages";
}
function lineOfOffset(ctx, offset) {
  if (!ctx.newlines) {
    ctx.newlines = [];
    for (let i = ctx.text.indexOf("\n"); i !== -1; i = ctx.text.indexOf("\n", i + 1)) ctx.newlines.push(i);
  }
  let low = 0;
  let high = ctx.newlines.length;
  while (low < high) {
    const mid = low + high >>> 1;
    if (ctx.newlines[mid] < offset) low = mid + 1;
    else high = mid;
  }
  return low + 1;
}
export {
  pnpmFormat
};
