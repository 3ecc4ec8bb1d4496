import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  makePurl
} from "./chunk-G4QSVRLT.js";

// src/lockfiles/image-reference.ts
var COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
var DOMAIN = /^(?:localhost|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)(?::\d+)?$/;
var TAG = /^[\w][\w.-]{0,127}$/;
var DIGEST = /^sha256:[0-9a-f]{64}$|^sha512:[0-9a-f]{128}$/i;
var HUB = /* @__PURE__ */ new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);
var MAX_REFERENCE = 512;
function parseImageReference(text) {
  if (text.length > MAX_REFERENCE) return `longer than ${MAX_REFERENCE} characters`;
  let rest = text;
  let digest;
  const at = rest.indexOf("@");
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return `"${digest}" is not a sha256 digest`;
    digest = digest.toLowerCase();
  }
  let tag;
  const colon = rest.lastIndexOf(":");
  if (colon > rest.lastIndexOf("/")) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return `"${tag}" is not a valid tag`;
  }
  const parts = rest.split("/");
  let domain;
  if (parts.length > 1 && (/[.:]/.test(parts[0]) || parts[0] === "localhost")) domain = parts.shift();
  if (domain !== void 0 && !DOMAIN.test(domain)) return `"${domain}" is not a registry host`;
  if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p)))
    return "the name must be lower-case path components";
  const host = domain?.toLowerCase();
  let name;
  if (host === void 0 || HUB.has(host)) {
    if (parts.length === 2 && parts[0] === "library") parts.shift();
    name = parts.join("/");
  } else {
    name = `${host}/${parts.join("/")}`;
  }
  return { name, ...tag !== void 0 ? { tag } : {}, ...digest !== void 0 ? { digest } : {} };
}
function imagePackage(image, lockfile, scope) {
  const version = image.tag ?? image.digest ?? "latest";
  return {
    ecosystem: "docker",
    name: image.name,
    version,
    purl: makePurl("docker", image.name, image.digest ?? version),
    direct: true,
    scope,
    lockfile,
    ...image.digest !== void 0 && image.tag !== void 0 ? { ref: image.digest } : {}
  };
}
function expandVariables(text, known, dollarEscape = false) {
  let unresolved;
  const value = text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*)|(\$))/g,
    (whole, braced, op, word, bare, dollar) => {
      if (dollar !== void 0) return dollarEscape ? "$" : whole;
      const name = braced ?? bare;
      const set = known.get(name);
      if (op === void 0) {
        if (set === void 0) unresolved ??= name;
        return set ?? "";
      }
      const empty = set === void 0 || op.startsWith(":") && set === "";
      if (op.endsWith("-")) return empty ? word ?? "" : set;
      return empty ? "" : word ?? "";
    }
  );
  return unresolved === void 0 ? { value } : { unresolved };
}

export {
  parseImageReference,
  imagePackage,
  expandVariables
};
