import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicyFile, PolicyFileError } from '../../src/config/policy.js';
import { DEFAULT_POLICY } from '../../src/config/policy.js';

const PATH = '.github/soup-gate.yml';

describe('parsePolicyFile', () => {
  it('uses the defaults when there is no file', () => {
    expect(parsePolicyFile(PATH, undefined)).toEqual(DEFAULT_POLICY);
  });

  it('reads the example policy from the design notes', () => {
    const example = readFileSync(new URL('../fixtures/policy/soup-gate.yml', import.meta.url), 'utf8');
    const policy = parsePolicyFile(PATH, example);
    expect(policy.scope).toEqual({ dependencies: 'direct', includeDev: false });
    expect(policy.reviewers).toEqual({ permission: 'write', teams: ['qa'], separationOfDuties: true });
    expect(policy.evidence.checkRuns).toEqual(['integration-tests']);
    expect(policy.evidence.junitArtifact).toBe('junit-results');
    expect(policy.labels.anomaliesReviewed).toBe('soup:anomalies-reviewed');
    expect(policy.licences.allow).toContain('Apache-2.0');
    expect(policy.ignore.paths).toEqual(['examples/**', 'docs/**']);
    expect(policy.checklist).toEqual({
      'patch-transitive': ['combined'],
      major: ['release-notes', 'anomalies', 'requirements', 'regulatory', 'failure-modes'],
    });
  });

  it('reads the JUnit artifact and its file pattern; without one, re-verification per requirement is off', () => {
    expect(DEFAULT_POLICY.evidence.junitArtifact).toBeUndefined();
    expect(DEFAULT_POLICY.evidence.junitFiles).toBe('**/*.xml');
    const policy = parsePolicyFile(
      PATH,
      'evidence:\n  workflows: [integration.yml]\n  junit-artifact: " junit-* "\n  junit-files: "reports/**/TEST-*.xml"\n',
    );
    expect(policy.evidence).toMatchObject({ junitArtifact: 'junit-*', junitFiles: 'reports/**/TEST-*.xml' });
  });

  it.each([
    [
      'reviewers:\n  permission: wrtie\n',
      /soup-gate\.yml:2: "reviewers\.permission" must be one of read, triage, write, maintain, admin \(got "wrtie"\)/,
    ],
    ['scope:\n  dependencies: direct\n  include_dev: true\n', /:3: unknown key "scope\.include_dev"/],
    ['reviwers:\n  permission: write\n', /:1: unknown section "reviwers"/],
    ['evidence:\n  check-runs: integration-tests\n', /:2: "evidence\.check-runs" must be a list of strings/],
    ['scope: [direct]\n', /:1: "scope" must be a mapping/],
    ['scope:\n  dependencies: direct\n   bad: indent\n', /soup-gate\.yml:\d+: invalid YAML/],
    ['a: &x [1]\nscope: *x\n', /aliases are not allowed/],
    ['evidence:\n  junit-artifact: [a]\n', /:2: "evidence\.junit-artifact" must be a non-empty string/],
    [
      'evidence:\n  required: false\n  junit-artifact: junit\n',
      /"evidence\.junit-artifact" is read from the accepted evidence run, so it needs "evidence\.required: true"/,
    ],
  ])('names the line and the fix for %j', (text, message) => {
    expect(() => parsePolicyFile(PATH, text)).toThrow(PolicyFileError);
    expect(() => parsePolicyFile(PATH, text)).toThrow(message);
  });
});
