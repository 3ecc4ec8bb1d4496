import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  atLine,
  expectMap,
  expectString,
  getNode,
  parseYamlFile
} from "./chunk-Q3EYJLRN.js";
import {
  expandVariables,
  imagePackage,
  parseImageReference
} from "./chunk-6YZES6QJ.js";
import {
  require_dist
} from "./chunk-LNFFZUJJ.js";
import "./chunk-G4QSVRLT.js";
import "./chunk-NHEGWP7H.js";
import {
  basename,
  isComposePath
} from "./chunk-T42V55G4.js";
import {
  truncate
} from "./chunk-CLRKW6GA.js";
import "./chunk-N5KUENVE.js";
import {
  __toESM
} from "./chunk-46HMBI5S.js";

// src/lockfiles/compose.ts
var import_yaml = __toESM(require_dist(), 1);
var DEV_FILE = /(?:^|[.\-_])(?:dev|develop|development|test|tests|testing|ci|local|override)(?:[.\-_]|$)/i;
function parseCompose(input) {
  const file = input.path;
  const yaml = parseYamlFile(file, input.text);
  const findings = [];
  const packages = /* @__PURE__ */ new Map();
  const scope = DEV_FILE.test(basename(file).replace(/\.ya?ml$/, "")) ? "dev" : "runtime";
  const root = expectMap(yaml, yaml.doc.contents, "the document", null);
  const services = root && expectMap(yaml, getNode(yaml, root, "services"), '"services"', root);
  if (!services) findings.push({ lockfile: file, message: "no services: no images listed" });
  for (const pair of services?.items ?? []) {
    const name = (0, import_yaml.isScalar)(pair.key) ? String(pair.key.value) : "?";
    const service = expectMap(yaml, pair.value, `service "${name}"`, services);
    const node = service && getNode(yaml, service, "image");
    if (!service || !node) continue;
    const raw = expectString(yaml, node, `the image of service "${name}"`);
    const note = (message) => {
      findings.push({ lockfile: file, ...atLine(yaml, node), message });
    };
    if (getNode(yaml, service, "build")) {
      note(
        `service "${name}" is built here: "${truncate(raw, 200)}" names the result, whose base images come from its Dockerfile`
      );
      continue;
    }
    const expanded = expandVariables(raw, /* @__PURE__ */ new Map(), true);
    if ("unresolved" in expanded) {
      note(
        `service "${name}" image ${truncate(raw, 200)} uses \${${expanded.unresolved}} with no default: set only at run time, image not listed`
      );
      continue;
    }
    const image = parseImageReference(expanded.value.trim());
    if (typeof image === "string") {
      note(`service "${name}" image ${truncate(raw, 200)} is not an image reference (${image}): not listed`);
      continue;
    }
    const pkg = imagePackage(image, file, scope);
    const key = `${pkg.name}\0${pkg.version}\0${pkg.ref ?? ""}`;
    if (!packages.has(key)) packages.set(key, pkg);
  }
  return { format: "compose", packages: [...packages.values()], findings };
}
var composeFormat = {
  id: "compose",
  ecosystem: "docker",
  matches: isComposePath,
  parse: parseCompose
};
export {
  composeFormat
};
