// The defaults live in src/config/defaults.ts; action.yml repeats the input defaults because GitHub
// shows them from there. These tests keep the two equal and check that the input reader uses them.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import {
  DEFAULT_BOT_APP,
  DEFAULT_BOT_LOGIN,
  DEFAULT_CONFIG_FILE,
  DEFAULT_DEPS_DEV_URL,
  DEFAULT_ENRICH,
  DEFAULT_GITHUB_API_URL,
  DEFAULT_GITHUB_SERVER_URL,
  DEFAULT_MAX_LOCKFILE_BYTES,
  DEFAULT_MAX_LOOKUPS,
  DEFAULT_MONITOR_CHECKS,
  DEFAULT_MONITOR_ISSUES_FOR,
  DEFAULT_MONITOR_LABEL,
  DEFAULT_NPM_REGISTRY_URL,
  DEFAULT_OBSOLETE_AFTER_DAYS,
  DEFAULT_OSV_URL,
} from '../../src/config/defaults.js';
import { ConfigError, readActionConfig } from '../../src/config/inputs.js';

/** action.yml's text for each default: a list as GitHub users write it, none for an empty one. */
const AS_INPUT: Record<string, string> = {
  'config-file': DEFAULT_CONFIG_FILE,
  'max-lockfile-bytes': String(DEFAULT_MAX_LOCKFILE_BYTES),
  'bot-login': DEFAULT_BOT_LOGIN,
  'bot-app': DEFAULT_BOT_APP,
  enrich: String(DEFAULT_ENRICH),
  'osv-url': DEFAULT_OSV_URL,
  'deps-dev-url': DEFAULT_DEPS_DEV_URL,
  'monitor-label': DEFAULT_MONITOR_LABEL,
  'monitor-checks': DEFAULT_MONITOR_CHECKS.join(', ') || 'none',
  'monitor-issues-for': DEFAULT_MONITOR_ISSUES_FOR.join(', ') || 'none',
  'monitor-obsolete-days': String(DEFAULT_OBSOLETE_AFTER_DAYS),
  'monitor-max-lookups': String(DEFAULT_MAX_LOOKUPS),
  'npm-registry-url': DEFAULT_NPM_REGISTRY_URL,
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('defaults', () => {
  it('action.yml states the same default for every input that has one', () => {
    const action = parse(readFileSync('action.yml', 'utf8')) as {
      inputs: Record<string, { default?: string }>;
    };
    const declared = Object.fromEntries(
      Object.entries(action.inputs)
        // The token's default is an expression GitHub evaluates; ignore's is "nothing ignored".
        .filter(
          ([, input]) =>
            input.default !== undefined && input.default !== '' && !input.default.startsWith('${{'),
        )
        .map(([name, input]) => [name, input.default]),
    );
    expect(declared).toEqual(AS_INPUT);
  });

  it('an action run without inputs reads every default', () => {
    for (const name of Object.keys(AS_INPUT)) vi.stubEnv(`INPUT_${name.toUpperCase()}`, '');
    vi.stubEnv('INPUT_TOKEN', 'a-token');
    vi.stubEnv('GITHUB_API_URL', undefined);
    vi.stubEnv('GITHUB_SERVER_URL', undefined);
    vi.stubEnv('GITHUB_RUN_ID', undefined);
    expect(readActionConfig()).toEqual({
      token: 'a-token',
      configFile: DEFAULT_CONFIG_FILE,
      ignore: [],
      maxLockfileBytes: DEFAULT_MAX_LOCKFILE_BYTES,
      apiUrl: DEFAULT_GITHUB_API_URL,
      serverUrl: DEFAULT_GITHUB_SERVER_URL,
      botLogin: DEFAULT_BOT_LOGIN,
      botApp: DEFAULT_BOT_APP,
      enrich: DEFAULT_ENRICH,
      osvUrl: DEFAULT_OSV_URL,
      depsDevUrl: DEFAULT_DEPS_DEV_URL,
      monitorLabel: DEFAULT_MONITOR_LABEL,
      monitorChecks: [...DEFAULT_MONITOR_CHECKS],
      monitorIssuesFor: [...DEFAULT_MONITOR_ISSUES_FOR],
      monitorObsoleteDays: DEFAULT_OBSOLETE_AFTER_DAYS,
      monitorMaxLookups: DEFAULT_MAX_LOOKUPS,
      npmRegistryUrl: DEFAULT_NPM_REGISTRY_URL,
    });
  });

  it("names the run's page from the runner's variables, and none from malformed ones", () => {
    vi.stubEnv('INPUT_TOKEN', 'a-token');
    const runner = {
      GITHUB_SERVER_URL: 'https://github.com/',
      GITHUB_REPOSITORY: 'acme/pump',
      GITHUB_RUN_ID: '42',
    };
    expect(readActionConfig(runner).runUrl).toBe('https://github.com/acme/pump/actions/runs/42');
    expect(readActionConfig({ ...runner, GITHUB_RUN_ID: '42) [x](https://evil' }).runUrl).toBeUndefined();
    expect(readActionConfig({ ...runner, GITHUB_REPOSITORY: 'acme/pump)' }).runUrl).toBeUndefined();
    expect(readActionConfig({ GITHUB_REPOSITORY: 'acme/pump' }).runUrl).toBeUndefined();
  });

  it('reads a check list, none, and refuses an unknown check by naming the input', () => {
    vi.stubEnv('INPUT_TOKEN', 'a-token');
    vi.stubEnv('INPUT_MONITOR-CHECKS', 'Obsolete, deprecated obsolete');
    vi.stubEnv('INPUT_MONITOR-ISSUES-FOR', 'none');
    const config = readActionConfig({});
    expect(config.monitorChecks).toEqual(['obsolete', 'deprecated']);
    expect(config.monitorIssuesFor).toEqual([]);
    vi.stubEnv('INPUT_MONITOR-CHECKS', 'archived, stale');
    expect(() => readActionConfig({})).toThrow(ConfigError);
    expect(() => readActionConfig({})).toThrow(/input "monitor-checks" lists "stale"/);
  });
});
