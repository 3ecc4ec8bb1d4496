/**
 * The defaults of every setting a user can change, in one place: the action's inputs
 * (src/config/inputs.ts), the CLI's options (src/cli/) and the modules that take the setting as an
 * optional parameter (src/enrich/, src/monitor/) all read them from here. action.yml repeats the
 * input defaults because GitHub shows them from there; test/config/defaults.test.ts keeps the two
 * equal. Imports nothing above src/lockfiles/, so every layer may read it.
 */
export { DEFAULT_MAX_LOCKFILE_BYTES } from '../lockfiles/limits.js';

/** The checks post-market monitoring can make beside anomalies (src/monitor/health.ts). */
export const MONITOR_CHECKS = ['deprecated', 'archived', 'obsolete'] as const;
export type MonitorCheck = (typeof MONITOR_CHECKS)[number];

/** The policy file, read from the base commit (pull requests) or the default branch (monitoring). */
export const DEFAULT_CONFIG_FILE = '.github/soup-gate.yml';
/** The REST API of github.com; a runner on GitHub Enterprise Server sets GITHUB_API_URL instead. */
export const DEFAULT_GITHUB_API_URL = 'https://api.github.com';
/** The web address of github.com; a runner on GitHub Enterprise Server sets GITHUB_SERVER_URL instead. */
export const DEFAULT_GITHUB_SERVER_URL = 'https://github.com';
/** Who the bot comments as: only comments by this login carry the gate's state. */
export const DEFAULT_BOT_LOGIN = 'github-actions[bot]';
/** The app whose `soup-gate` check runs hold the gate's state. */
export const DEFAULT_BOT_APP = 'github-actions';

/** Look up anomalies, licences and links for every change: the facts a reviewer needs. */
export const DEFAULT_ENRICH = true;
/** Known anomalies (IEC 62304 7.1.3) per package version. */
export const DEFAULT_OSV_URL = 'https://api.osv.dev';
/** Licences, links and release dates of packages of the ecosystems it serves. */
export const DEFAULT_DEPS_DEV_URL = 'https://api.deps.dev';
/** Deprecations and release dates of npm packages (monitoring). */
export const DEFAULT_NPM_REGISTRY_URL = 'https://registry.npmjs.org';

/** Label of the issues post-market monitoring opens, one per SOUP item that needs attention. */
export const DEFAULT_MONITOR_LABEL = 'soup:anomaly';
/** Every check beside anomalies: each is bounded by the lookup limit and never fails the run. */
export const DEFAULT_MONITOR_CHECKS: readonly MonitorCheck[] = MONITOR_CHECKS;
/** None of those checks opens an issue on its own; the job summary lists what they find. */
export const DEFAULT_MONITOR_ISSUES_FOR: readonly MonitorCheck[] = [];
/** A SOUP item whose latest release is older than this many days is reported as obsolete (IEC 62304 6.1 f). */
export const DEFAULT_OBSOLETE_AFTER_DAYS = 730;
/** Lookups per kind (registry documents, deps.dev, repositories) one monitoring run makes. */
export const DEFAULT_MAX_LOOKUPS = 200;
