import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  require_packageurl_js
} from "./chunk-NHEGWP7H.js";
import {
  __toESM
} from "./chunk-46HMBI5S.js";

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
  "GitHub Actions": "github",
  docker: "docker"
};
function splitName(ecosystem, name) {
  switch (ecosystem) {
    case "docker": {
      const parts = name.split("/");
      const registry = parts.length > 1 && /[.:]|^localhost$/.test(parts[0]) ? parts.shift() : void 0;
      const last = parts.pop();
      const namespace = parts.length > 0 ? parts.join("/") : registry === void 0 ? "library" : void 0;
      return {
        ...namespace !== void 0 ? { namespace } : {},
        name: last,
        ...registry !== void 0 ? { qualifiers: { repository_url: registry } } : {}
      };
    }
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
function makePurl(ecosystem, name, version, vcs) {
  if (vcs === void 0 && ecosystem === "npm" && PLAIN_NPM_NAME.test(name) && PLAIN_VERSION.test(version)) {
    return `pkg:npm/${name.charCodeAt(0) === 64 ? `%40${name.slice(1)}` : name}@${version}`;
  }
  const qualifier = vcs === void 0 ? void 0 : vcsUrl(vcs);
  const key = `${ecosystem}\0${name}\0${version}\0${qualifier ?? ""}`;
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
      qualifier === void 0 ? parts.qualifiers : { ...parts.qualifiers, vcs_url: qualifier },
      parts.subpath
    ).toString();
  } catch {
    purl = `pkg:${PURL_TYPE[ecosystem]}/${encodeURIComponent(toWellFormed(name))}${version ? `@${encodeURIComponent(toWellFormed(version))}` : ""}${qualifier === void 0 ? "" : `?vcs_url=${encodeURIComponent(toWellFormed(qualifier))}`}`;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, purl);
  return purl;
}
var LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
function toWellFormed(text) {
  return text.replace(LONE_SURROGATE, "\uFFFD");
}
function vcsUrl(vcs) {
  let url = vcs.url.trim();
  const cut = url.search(/[#?]/);
  if (cut !== -1) url = url.slice(0, cut);
  const shorthand = /^(github|gitlab|bitbucket):(?!\/\/)(.*)$/.exec(url);
  const host = { github: "github.com", gitlab: "gitlab.com", bitbucket: "bitbucket.org" };
  if (shorthand) url = `https://${host[shorthand[1]]}/${shorthand[2]}`;
  const scp = /^(?:([^@/:]+)@)?([^/:]+):(?!\/\/)(.+)$/.exec(url);
  if (scp && !/^[A-Za-z][A-Za-z0-9+.-]*$/.test(url.slice(0, url.indexOf(":"))))
    url = `ssh://${scp[1] === void 0 ? "" : `${scp[1]}@`}${scp[2]}/${scp[3]}`;
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(url);
  if (scheme) {
    const rest = url.slice(scheme[0].length);
    const slash = rest.indexOf("/");
    const authority = slash === -1 ? rest : rest.slice(0, slash);
    const at = authority.lastIndexOf("@");
    const keep = at !== -1 && authority.slice(0, at) === "git" ? "git@" : "";
    url = `${scheme[1]}://${keep}${authority.slice(at + 1)}${slash === -1 ? "" : rest.slice(slash)}`;
    if (!scheme[1].toLowerCase().startsWith("git")) url = `git+${url}`;
  }
  return `${url}@${vcs.commit}`;
}

export {
  makePurl
};
