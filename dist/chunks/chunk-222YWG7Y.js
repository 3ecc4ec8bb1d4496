import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  require_packageurl_js
} from "./chunk-DZZXPWJZ.js";
import {
  __toESM
} from "./chunk-U4ZUF5KN.js";

// src/lockfiles/purl.ts
var import_packageurl_js = __toESM(require_packageurl_js(), 1);
var PURL_TYPE = {
  npm: "npm",
  PyPI: "pypi",
  Go: "golang",
  "crates.io": "cargo",
  RubyGems: "gem",
  Packagist: "composer",
  NuGet: "nuget",
  Maven: "maven",
  Pub: "pub",
  SwiftURL: "swift",
  "GitHub Actions": "github"
};
function splitName(ecosystem, name) {
  switch (ecosystem) {
    case "Maven": {
      const at = name.indexOf(":");
      return at === -1 ? { name } : { namespace: name.slice(0, at), name: name.slice(at + 1) };
    }
    case "GitHub Actions": {
      const [owner, repo, ...rest] = name.split("/");
      if (!owner || !repo) return { name };
      return rest.length > 0 ? { namespace: owner, name: repo, subpath: rest.join("/") } : { namespace: owner, name: repo };
    }
    case "npm":
    case "Go":
    case "Packagist":
    case "SwiftURL": {
      const slash = name.lastIndexOf("/");
      return slash <= 0 ? { name } : { namespace: name.slice(0, slash), name: name.slice(slash + 1) };
    }
    default:
      return { name };
  }
}
var cache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 2e5;
var PLAIN_NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
var PLAIN_VERSION = /^[0-9A-Za-z][0-9A-Za-z.+-]*$/;
function makePurl(ecosystem, name, version) {
  if (ecosystem === "npm" && PLAIN_NPM_NAME.test(name) && PLAIN_VERSION.test(version)) {
    return `pkg:npm/${name.charCodeAt(0) === 64 ? `%40${name.slice(1)}` : name}@${version}`;
  }
  const key = `${ecosystem}\0${name}\0${version}`;
  const hit = cache.get(key);
  if (hit !== void 0) return hit;
  const parts = splitName(ecosystem, name);
  let purl;
  try {
    purl = new import_packageurl_js.PackageURL(
      PURL_TYPE[ecosystem],
      parts.namespace,
      parts.name,
      version || void 0,
      void 0,
      parts.subpath
    ).toString();
  } catch {
    purl = `pkg:${PURL_TYPE[ecosystem]}/${encodeURIComponent(toWellFormed(name))}${version ? `@${encodeURIComponent(toWellFormed(version))}` : ""}`;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, purl);
  return purl;
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function toWellFormed(text) {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}

export {
  makePurl
};
