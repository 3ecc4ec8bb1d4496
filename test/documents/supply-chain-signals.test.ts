// integrity-changed and source-changed in what people read: the changes table and the change record.
import { describe, expect, it } from 'vitest';
import { renderChangeRecord } from '../../src/documents/change-record.js';
import { renderChangesTable, summarizeCounts } from '../../src/documents/changes-table.js';
import { change } from '../support/builders.js';

const integrityChanged = change({
  type: 'integrity-changed',
  name: 'lodash',
  from: '4.17.21',
  to: '4.17.21',
  bump: null,
  direct: false,
  purl: 'pkg:npm/lodash@4.17.21',
  fromIntegrity: `sha512-${'a'.repeat(86)}==`,
  toIntegrity: `sha512-${'b'.repeat(86)}==`,
});
const sourceChanged = change({
  type: 'source-changed',
  name: 'left-pad',
  from: '1.3.0',
  to: '1.3.0',
  bump: 'unknown',
  toRef: 'c'.repeat(40),
  purl: 'pkg:npm/left-pad@1.3.0',
  fromSource: 'registry:registry.npmjs.org',
  toSource: 'git',
});

describe('changes table', () => {
  it('marks a downgrade with a down arrow, an upgrade with an up arrow', () => {
    const down = renderChangesTable([change({ from: '4.21.1', to: '4.19.2', bump: 'downgrade' })]);
    const up = renderChangesTable([change({ bump: 'minor' })]);
    expect(down).toContain('🔽');
    expect(down).not.toContain('🔼');
    expect(up).toContain('🔼');
  });

  it('shows a replaced artefact with both (shortened) hashes', () => {
    expect(renderChangesTable([integrityChanged]).split('\n')[2]).toBe(
      `| 🔁 | <code>lodash</code> | <code>4.17.21</code> (same version); **integrity <code>sha512-${'a'.repeat(16)}…</code> → <code>sha512-${'b'.repeat(16)}…</code>** | **new artefact** | transitive | runtime | npm | <code>package-lock.json</code> |`,
    );
  });

  it('shows a new source beside the versions and the pinned commit', () => {
    const row = renderChangesTable([sourceChanged]).split('\n')[2]!;
    expect(row).toContain('🔀');
    expect(row).toContain(
      '<code>1.3.0</code> → <code>1.3.0</code> @ <code>cccccccccccc</code>; **source <code>registry&#58;registry.npmjs…</code> → <code>git</code>**',
    );
    expect(row).toContain('| unknown |');
  });

  it('counts them', () => {
    expect(summarizeCounts([change(), integrityChanged, sourceChanged])).toBe(
      '1 updated, 1 integrity-changed, 1 source-changed',
    );
  });
});

describe('change record', () => {
  const record = renderChangeRecord({
    pr: {
      number: 7,
      title: 'Re-lock',
      url: 'https://github.com/acme/pump/pull/7',
      author: 'dev',
      mergedAt: '2026-11-20T10:15:00Z',
      mergeCommit: 'f'.repeat(40),
      headSha: 'e'.repeat(40),
    },
    changes: [integrityChanged, sourceChanged],
    checklist: [],
    evidence: [],
    labels: [],
  });

  it('lists every signal with the full values an auditor checks against the registry', () => {
    expect(record.content).toContain('### Supply-chain signals');
    expect(record.content).toContain(
      `| <code>lodash</code> <code>4.17.21</code> in <code>package-lock.json</code> | integrity | <code>sha512-${'a'.repeat(86)}==</code> | <code>sha512-${'b'.repeat(86)}==</code> |`,
    );
    expect(record.content).toContain(
      '| <code>left-pad</code> <code>1.3.0</code> in <code>package-lock.json</code> | source | <code>registry&#58;registry.npmjs.org</code> | <code>git</code> |',
    );
  });

  it('keeps them in the machine-readable record', () => {
    expect(record.record.changes[0]).toMatchObject({
      type: 'integrity-changed',
      fromIntegrity: integrityChanged.fromIntegrity,
    });
  });

  it('has no such section when there is no signal', () => {
    const plain = renderChangeRecord({
      pr: { ...record.record.pr },
      changes: [change()],
      checklist: [],
      evidence: [],
      labels: [],
    });
    expect(plain.content).not.toContain('Supply-chain signals');
  });
});

describe('image digests in the table', () => {
  it('keep their algorithm and 12 hex digits', () => {
    const row = renderChangesTable([
      change({
        ecosystem: 'docker',
        name: 'node',
        from: '20',
        to: '20',
        bump: 'unknown',
        fromRef: `sha256:${'1'.repeat(64)}`,
        toRef: `sha256:${'2'.repeat(64)}`,
      }),
    ]).split('\n')[2]!;
    expect(row).toContain(
      `<code>20</code> @ <code>sha256&#58;${'1'.repeat(12)}</code> → <code>20</code> @ <code>sha256&#58;${'2'.repeat(12)}</code>`,
    );
  });
});
