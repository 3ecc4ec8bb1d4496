/**
 * A repository's committed soup/ folder, made by soup-gate's own writers (renderSoupList, buildSbom,
 * renderChangeRecord, renderTraceability) so the audit pack reads exactly what a real run commits:
 * `items` SOUP items, `records` merged PRs over the months before `today`, a register with
 * requirements and anomaly evaluations (one expired), and a traceability matrix from the pytest
 * fixture. Used by the report tests and by the bench (5,000 items, 200 records).
 */
import { readFileSync } from 'node:fs';
import type { RepoFiles } from '../../src/app/trace.js';
import { describeChange } from '../../src/gate/checklist.js';
import { toPlainText } from '../../src/markdown/escape.js';
import {
  lastVerifiedFromRecords,
  parseChangeRecord,
  renderChangeRecord,
} from '../../src/documents/change-record.js';
import { buildSbom } from '../../src/documents/sbom.js';
import { renderSoupList } from '../../src/documents/soup-list.js';
import { renderTraceability } from '../../src/documents/traceability.js';
import type { Change } from '../../src/inventory/diff.js';
import { parseRegister } from '../../src/register/parse.js';
import type { PackageFacts } from '../../src/register/soup-items.js';
import { parseJunit } from '../../src/verification/junit.js';
import { buildTraceability } from '../../src/verification/traceability.js';
import { inventory, lockfile, pkg } from '../support/builders.js';

export interface AuditRepoOptions {
  items: number;
  records: number;
  today?: string;
  /** A name to put in every place a hostile string can reach. */
  hostile?: string;
}

const BUMPS = ['patch', 'minor', 'patch', 'major', 'patch', 'minor', 'prerelease', 'downgrade'] as const;

export function buildAuditRepo(options: AuditRepoOptions): Map<string, string> {
  const today = options.today ?? '2024-12-31T12:00:00Z';
  const hostile = options.hostile;
  const names = Array.from({ length: options.items }, (_, i) =>
    i === 3 && hostile !== undefined ? hostile : `pkg-${String(i).padStart(5, '0')}`,
  );
  const version = (i: number) => `1.${i % 7}.${i % 13}`;
  const packages = names.map((name, i) =>
    pkg(name, version(i), { direct: i % 10 === 0 || i === 3, scope: i % 17 === 0 ? 'dev' : 'runtime' }),
  );
  const inv = inventory(lockfile('package-lock.json', packages));

  const evaluated = (i: number, on: string, expires: string) =>
    `    anomalies:\n      - id: GHSA-${i}-aaaa-bbbb\n        state: not_affected\n        justification: code_not_reachable\n        reason: "not reachable ${i}"\n        by: qa-lead\n        on: ${on}\n        expires: ${expires}\n`;
  const entries = [0, 3, 10, 20, 30].filter((i) => i < options.items);
  const registerText = `defaults:\n  safety-class: B\n  rationale: "SW-1 is class B"\nitems:\n${entries
    .map(
      (i) =>
        `  ${JSON.stringify(`npm/${names[i]}`)}:\n    purpose: ${JSON.stringify(`purpose of ${names[i]}`)}\n    requirements:\n      - id: ${JSON.stringify(i === 3 && hostile !== undefined ? hostile : `REQ-${i}`)}\n        text: ${JSON.stringify(i === 3 && hostile !== undefined ? hostile : `requirement of item ${i}`)}\n    prerequisites: "Node 20"\n    verification: "test/api.test.ts"\n${i === 0 ? evaluated(0, '2024-03-01', '2024-09-01') : i === 10 ? evaluated(10, '2024-06-01', '2025-06-01') : ''}`,
    )
    .join('')}`;
  const register = parseRegister('soup/register.yml', registerText, { allowIncomplete: true });

  // Anomalies of the versions in use: item 0 (evaluation expired), 10 (evaluated), 20 (not evaluated).
  const enrichment = new Map<string, PackageFacts>();
  for (const i of [0, 10, 20].filter((n) => n < options.items))
    enrichment.set(packages[i]!.purl, {
      licence: 'MIT',
      anomalies: [{ id: `GHSA-${i}-aaaa-bbbb`, severity: 'high', summary: `anomaly ${i}` }],
    });

  const files = new Map<string, string>();
  const start = Date.parse(today) - 400 * 86_400_000;
  const step = (400 * 86_400_000) / Math.max(1, options.records);
  for (let r = 0; r < options.records; r++) {
    const mergedAt = new Date(start + step * r).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const changes: Change[] = [];
    for (let k = 0; k < 5; k++) {
      const i = (r * 5 + k) % options.items;
      const bump = BUMPS[(r + k) % BUMPS.length]!;
      const type = k === 4 && r % 3 === 0 ? 'added' : k === 4 && r % 5 === 0 ? 'removed' : 'updated';
      changes.push({
        type,
        ecosystem: 'npm',
        name: names[i]!,
        from: type === 'added' ? null : '0.9.0',
        to: type === 'removed' ? null : version(i),
        bump: type === 'updated' ? bump : null,
        direct: i % 10 === 0,
        scope: 'runtime',
        lockfile: 'package-lock.json',
        purl: type === 'removed' ? `pkg:npm/${names[i]}@0.9.0` : packages[i]!.purl,
      });
    }
    const headSha = (r + 1).toString(16).padStart(40, 'a');
    const record = renderChangeRecord({
      pr: {
        number: r + 1,
        title: r === 0 && hostile !== undefined ? hostile : `Bump dependencies (${r + 1})`,
        url: `https://github.com/acme/pump/pull/${r + 1}`,
        author: r === 0 && hostile !== undefined ? hostile : 'dependabot[bot]',
        mergedAt,
        mergeCommit: (r + 1).toString(16).padStart(40, 'b'),
        headSha,
      },
      repo: 'acme/pump',
      changes,
      checklist: changes.map((c, k) => ({
        item: `Release notes reviewed for ${c.name}`,
        // What on-merge writes: the checklist's own description of the change, as plain text.
        change: toPlainText(describeChange(c)),
        tickedBy: k === 2 && r % 4 === 0 ? null : r === 0 && hostile !== undefined ? hostile : 'qa-lead',
        tickedAt: k === 2 && r % 4 === 0 ? null : mergedAt,
        atSha: k === 2 && r % 4 === 0 ? null : headSha,
      })),
      evidence: [
        {
          name: 'integration-tests',
          url: `https://github.com/acme/pump/actions/runs/${r + 100}`,
          conclusion: 'success',
          sha: headSha,
        },
      ],
      labels: [{ name: 'soup:anomalies-reviewed', appliedBy: 'qa-lead' }],
    });
    files.set(record.path, record.content);
  }

  const lastVerified = lastVerifiedFromRecords(
    [...files.values()].map((text) => parseChangeRecord(text)).filter((r) => r !== undefined),
  );
  const soupList = renderSoupList({
    inventory: inv,
    register,
    enrichment,
    lastVerified,
    generatedAt: today,
    commit: 'c'.repeat(40),
    repo: 'acme/pump',
  });
  const sbom = buildSbom(inv, {
    register,
    enrichment,
    lastVerified,
    generatedAt: today,
    commit: 'c'.repeat(40),
    repo: 'acme/pump',
    toolVersion: '0.1.0',
  });
  files.set('soup/SOUP.md', soupList);
  files.set('soup/sbom.cdx.json', sbom);
  files.set('soup/register.yml', registerText);

  const junit = 'test/fixtures/junit/pytest/pytest-9.0.3-xunit2.xml';
  const matrix = buildTraceability({
    generatedAt: today,
    run: {
      url: 'https://github.com/acme/pump/actions/runs/7',
      headSha: 'd'.repeat(40),
      date: today,
      files: ['results/pytest.xml'],
    },
    results: parseJunit(junit, readFileSync(junit, 'utf8')),
    items: entries.map((i) => ({
      key: `npm/${names[i]}`,
      requirements: [
        {
          id: i === 3 && hostile !== undefined ? hostile : `REQ-${i}`,
          text: `requirement of item ${i}`,
          tests:
            i === 0
              ? ['tests.test_api:test_answers_within_200_ms']
              : i === 3
                ? [hostile ?? 'tests/test_api.py']
                : ['tests.test_api.TestBodyLimits:*'],
        },
      ],
    })),
  });
  files.set('soup/TRACEABILITY.md', renderTraceability(matrix));
  return files;
}

/** RepoFiles over an in-memory map, with the same size refusal as the folder reader. */
export function memoryFiles(files: ReadonlyMap<string, string>): RepoFiles {
  return {
    async readText(path, maxChars) {
      const text = files.get(path);
      if (text !== undefined && text.length > maxChars) throw new Error(`${path} too large`);
      return text;
    },
    async listFiles(dir) {
      const prefix = `${dir}/`;
      return [...files.keys()]
        .filter((p) => p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
        .map((p) => p.slice(prefix.length))
        .sort();
    },
  };
}
