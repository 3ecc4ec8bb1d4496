import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  require_picomatch
} from "./chunk-653EE4FS.js";
import {
  basename,
  dirname,
  isComposePath,
  isDockerfilePath,
  joinPath
} from "./chunk-T42V55G4.js";
import {
  LockfileParseError
} from "./chunk-CLRKW6GA.js";
import {
  __toESM
} from "./chunk-46HMBI5S.js";

// src/lockfiles/index.ts
function named(...names) {
  const set = new Set(names);
  return (path) => set.has(basename(path));
}
function outsideNodeModules(matches) {
  return (path) => matches(path) && !path.startsWith("node_modules/") && !path.includes("/node_modules/");
}
function beside(name) {
  return (lockPath) => [joinPath(dirname(lockPath), name)];
}
var WORKFLOW = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
var ACTION_FILE = /^action\.ya?ml$/;
var GRADLE_LEGACY_DIR = /(?:^|\/)gradle\/dependency-locks\/[^/]+\.lockfile$/;
var NUGET = /^packages(?:\.[^/]+)?\.lock\.json$/;
function isRequirementsPath(path) {
  const name = basename(path).toLowerCase();
  if (!name.endsWith(".txt")) return false;
  if (/^(?:.*[-_.])?requirements(?:[-_.].*)?\.txt$/.test(name)) return true;
  return basename(dirname(path)).toLowerCase() === "requirements";
}
var FORMATS = [
  {
    id: "go-mod",
    ecosystem: "Go",
    matches: named("go.mod"),
    load: async () => (await import("./go-mod-4K7BGDBO.js")).goModFormat
  },
  {
    id: "cargo",
    ecosystem: "crates.io",
    matches: named("Cargo.lock"),
    load: async () => (await import("./cargo-3DFNFXAZ.js")).cargoFormat
  },
  {
    id: "bundler",
    ecosystem: "RubyGems",
    matches: named("Gemfile.lock", "gems.locked"),
    load: async () => (await import("./gemfile-5SPTNCLD.js")).gemfileFormat
  },
  {
    id: "composer",
    ecosystem: "Packagist",
    matches: named("composer.lock"),
    manifests: beside("composer.json"),
    load: async () => (await import("./composer-SRJMJMFK.js")).composerFormat
  },
  {
    id: "github-actions",
    ecosystem: "GitHub Actions",
    matches: (path) => WORKFLOW.test(path) || ACTION_FILE.test(basename(path)),
    load: async () => (await import("./github-actions-CRF4NUKB.js")).githubActionsFormat
  },
  {
    id: "requirements",
    ecosystem: "PyPI",
    matches: isRequirementsPath,
    load: async () => (await import("./requirements-BJPUFQLH.js")).requirementsFormat
  },
  {
    id: "poetry",
    ecosystem: "PyPI",
    matches: named("poetry.lock"),
    manifests: beside("pyproject.toml"),
    load: async () => (await import("./poetry-YNKWQ5Y6.js")).poetryFormat
  },
  {
    id: "pipfile",
    ecosystem: "PyPI",
    matches: named("Pipfile.lock"),
    manifests: beside("Pipfile"),
    load: async () => (await import("./pipfile-36EABOHR.js")).pipfileFormat
  },
  {
    id: "uv",
    ecosystem: "PyPI",
    matches: named("uv.lock"),
    load: async () => (await import("./uv-RXDR2JHU.js")).uvFormat
  },
  {
    id: "pdm",
    ecosystem: "PyPI",
    matches: named("pdm.lock"),
    manifests: beside("pyproject.toml"),
    load: async () => (await import("./pdm-RXOPSG6P.js")).pdmFormat
  },
  {
    id: "nuget",
    ecosystem: "NuGet",
    matches: (path) => NUGET.test(basename(path)),
    load: async () => (await import("./nuget-XUTW6CB2.js")).nugetFormat
  },
  {
    id: "gradle",
    ecosystem: "Maven",
    matches: (path) => named("gradle.lockfile", "buildscript-gradle.lockfile", "settings-gradle.lockfile")(path) || GRADLE_LEGACY_DIR.test(path),
    load: async () => (await import("./gradle-EGLESZBZ.js")).gradleFormat
  },
  {
    id: "maven",
    ecosystem: "Maven",
    matches: named("pom.xml"),
    load: async () => (await import("./maven-DVDDURSY.js")).mavenFormat
  },
  {
    id: "pub",
    ecosystem: "Pub",
    matches: named("pubspec.lock"),
    load: async () => (await import("./pub-WRB6LQ24.js")).pubFormat
  },
  {
    id: "swiftpm",
    ecosystem: "SwiftURL",
    matches: named("Package.resolved"),
    load: async () => (await import("./swift-5DRDFZOZ.js")).swiftFormat
  },
  {
    id: "npm",
    ecosystem: "npm",
    matches: outsideNodeModules(named("package-lock.json", "npm-shrinkwrap.json")),
    manifests: beside("package.json"),
    load: async () => (await import("./npm-PBQECQFZ.js")).npmFormat
  },
  {
    id: "bun",
    ecosystem: "npm",
    matches: outsideNodeModules(named("bun.lock")),
    load: async () => (await import("./bun-BF75DIUW.js")).bunFormat
  },
  {
    id: "bun-lockb",
    ecosystem: "npm",
    matches: outsideNodeModules(named("bun.lockb")),
    load: async () => (await import("./bun-BF75DIUW.js")).bunLockbFormat
  },
  {
    id: "pnpm",
    ecosystem: "npm",
    matches: named("pnpm-lock.yaml"),
    load: async () => (await import("./pnpm-TYVSQ5U7.js")).pnpmFormat
  },
  {
    id: "yarn",
    ecosystem: "npm",
    matches: named("yarn.lock"),
    manifests: beside("package.json"),
    load: async () => (await import("./yarn-LNK2Z5S4.js")).yarnFormat
  },
  {
    id: "dockerfile",
    ecosystem: "docker",
    matches: isDockerfilePath,
    load: async () => (await import("./dockerfile-J5RWSHYD.js")).dockerfileFormat
  },
  {
    id: "compose",
    ecosystem: "docker",
    matches: isComposePath,
    load: async () => (await import("./compose-LD5HMQDR.js")).composeFormat
  }
];
function findFormat(path) {
  return FORMATS.find((format) => format.matches(path));
}

// src/inventory/inventory.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var ALWAYS_SKIPPED = ["**/node_modules/**", "**/.git/**", "**/vendor/bundle/**", "**/.yarn/cache/**"];
function selectLockfiles(paths, ignore = []) {
  const skipped = (0, import_picomatch.default)([...ALWAYS_SKIPPED, ...ignore], { dot: true });
  const selected = /* @__PURE__ */ new Set();
  for (const path of paths) {
    if (skipped(path)) continue;
    if (findFormat(path)) selected.add(path);
  }
  for (const path of selected) {
    if (path.endsWith("bun.lockb") && selected.has(`${path.slice(0, -"bun.lockb".length)}bun.lock`))
      selected.delete(path);
  }
  return [...selected].sort();
}
function manifestsFor(lockPath) {
  return findFormat(lockPath)?.manifests?.(lockPath) ?? [];
}
async function buildInventory(lockfiles, manifests = /* @__PURE__ */ new Map()) {
  const result = [];
  for (const { path, text } of [...lockfiles].sort((a, b) => compareStrings(a.path, b.path))) {
    const entry = findFormat(path);
    if (!entry) continue;
    const parsed = (await entry.load()).parse({ path, text, manifests });
    assertIdentified(path, parsed.packages);
    result.push({
      path,
      formatId: entry.id,
      format: parsed.format,
      ecosystem: entry.ecosystem,
      packages: parsed.packages,
      findings: parsed.findings
    });
  }
  return { lockfiles: result };
}
function assertIdentified(path, packages) {
  for (const pkg of packages) {
    if (typeof pkg.name !== "string" || pkg.name.trim() === "")
      throw new LockfileParseError(path, void 0, "a package has an empty name");
    if (typeof pkg.version !== "string" || pkg.version.trim() === "")
      throw new LockfileParseError(path, void 0, `expected a version for ${pkg.name}, found none`);
  }
}
function compareStrings(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

export {
  findFormat,
  selectLockfiles,
  manifestsFor,
  buildInventory,
  compareStrings
};
