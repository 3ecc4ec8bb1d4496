import { createRequire as __soupGateCreateRequire } from 'node:module'; import { fileURLToPath as __soupGateFileURLToPath } from 'node:url'; import { dirname as __soupGateDirname } from 'node:path'; const require = __soupGateCreateRequire(import.meta.url); const __filename = __soupGateFileURLToPath(import.meta.url); const __dirname = __soupGateDirname(__filename);

// src/config/defaults.ts
var MONITOR_CHECKS = ["deprecated", "archived", "obsolete"];
var DEFAULT_CONFIG_FILE = ".github/soup-gate.yml";
var DEFAULT_GITHUB_API_URL = "https://api.github.com";
var DEFAULT_BOT_LOGIN = "github-actions[bot]";
var DEFAULT_BOT_APP = "github-actions";
var DEFAULT_ENRICH = true;
var DEFAULT_OSV_URL = "https://api.osv.dev";
var DEFAULT_DEPS_DEV_URL = "https://api.deps.dev";
var DEFAULT_NPM_REGISTRY_URL = "https://registry.npmjs.org";
var DEFAULT_MONITOR_LABEL = "soup:anomaly";
var DEFAULT_MONITOR_CHECKS = MONITOR_CHECKS;
var DEFAULT_MONITOR_ISSUES_FOR = [];
var DEFAULT_OBSOLETE_AFTER_DAYS = 730;
var DEFAULT_MAX_LOOKUPS = 200;

export {
  MONITOR_CHECKS,
  DEFAULT_CONFIG_FILE,
  DEFAULT_GITHUB_API_URL,
  DEFAULT_BOT_LOGIN,
  DEFAULT_BOT_APP,
  DEFAULT_ENRICH,
  DEFAULT_OSV_URL,
  DEFAULT_DEPS_DEV_URL,
  DEFAULT_NPM_REGISTRY_URL,
  DEFAULT_MONITOR_LABEL,
  DEFAULT_MONITOR_CHECKS,
  DEFAULT_MONITOR_ISSUES_FOR,
  DEFAULT_OBSOLETE_AFTER_DAYS,
  DEFAULT_MAX_LOOKUPS
};
