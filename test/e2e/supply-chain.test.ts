// End to end (dist/index.js against the fake GitHub, OSV and deps.dev): the changes no version diff
// shows — an artefact replaced under the same version, a container image's digest moved by Renovate —
// hold the gate red like any other SOUP change until a reviewer assesses them.
import { afterEach, describe, expect, it } from 'vitest';
import type { Change } from '../../src/inventory/diff.js';
import {
  botComment,
  commitLock,
  editComment,
  gateCheck,
  prEvent,
  run,
  startHarness,
  tickAll,
  type Harness,
} from './gate-harness.js';

let h: Harness;

afterEach(async () => {
  await h?.close();
});

const BASE = [
  { name: 'express', version: '4.19.2', direct: true },
  { name: 'debug', version: '2.6.9' },
];

describe('a republished artefact under an unchanged version', () => {
  it('is held red with the "legitimate artefact" item until a reviewer ticks it', async () => {
    h = await startHarness();
    const base = commitLock(h, BASE, { branch: 'main' });
    // debug is transitive: a plain update of it would only be listed, a replaced artefact is gated.
    const head = commitLock(
      h,
      [BASE[0]!, { name: 'debug', version: '2.6.9', integrity: 'sha512-cmVwdWJsaXNoZWQ=' }],
      { parents: [base] },
    );
    h.repo.addPull({
      number: 9,
      baseSha: base,
      headSha: head,
      headRef: 'relock',
      user: 'dev',
      title: 'Re-lock',
    });

    const opened = await run(h, prEvent(h, 9, 'opened'));
    expect(opened.code, opened.stdout).toBe(0);
    const changes = (JSON.parse(opened.outputs.changes!) as { changes: Change[] }).changes;
    expect(changes).toMatchObject([
      {
        type: 'integrity-changed',
        name: 'debug',
        from: '2.6.9',
        to: '2.6.9',
        direct: false,
        toIntegrity: 'sha512-cmVwdWJsaXNoZWQ=',
      },
    ]);
    expect(opened.outputs.gate).toBe('fail');
    expect(gateCheck(h, head).conclusion).toBe('failure');
    const body = botComment(h, 9).body;
    expect(body).toContain('🔁');
    expect(body).toMatch(
      /^- \[ \] The new artefact of <code>debug<\/code> <code>2\.6\.9<\/code> is the legitimate one \(integrity changed without a version change/m,
    );
    expect(JSON.parse(opened.outputs.missing!)).toEqual(
      expect.arrayContaining([expect.stringContaining('checklist')]),
    );

    const ticked = await run(h, editComment(h, 9, tickAll, 'qa-lead'));
    expect(ticked.code, ticked.stdout).toBe(0);
    expect(botComment(h, 9).body).toMatch(/^- \[x\] The new artefact of <code>debug<\/code>/m);
    // The item is assessed; what still holds the gate is only the PR-wide evidence rule.
    expect(JSON.parse(ticked.outputs.missing!)).toEqual([expect.stringMatching(/^re-verification evidence/)]);
  });
});

describe('a Renovate digest bump of a base image', () => {
  const A = 'a'.repeat(64);
  const B = 'b'.repeat(64);
  const dockerfile = (digest: string): string =>
    [
      'FROM golang:1.22.5-bookworm AS build',
      'RUN go build -o /out/app ./cmd/app',
      `FROM gcr.io/distroless/static-debian12:nonroot@sha256:${digest}`,
      'COPY --from=build /out/app /app',
      '',
    ].join('\n');

  it('is an update of the shipped image, gated, with its anomalies left to the reviewer', async () => {
    h = await startHarness();
    const base = commitLock(h, BASE, { branch: 'main', extra: { 'deploy/Dockerfile': dockerfile(A) } });
    const head = commitLock(h, BASE, { parents: [base], extra: { 'deploy/Dockerfile': dockerfile(B) } });
    h.repo.addPull({
      number: 11,
      baseSha: base,
      headSha: head,
      headRef: 'renovate/gcr.io-distroless-static-debian12-digest',
      user: 'renovate[bot]',
      title: 'chore(deps): update gcr.io/distroless/static-debian12:nonroot docker digest to bbbbbbb',
    });

    const opened = await run(h, prEvent(h, 11, 'opened'));
    expect(opened.code, opened.stdout).toBe(0);
    const result = JSON.parse(opened.outputs.changes!) as { changes: Change[] };
    expect(result.changes).toEqual([
      expect.objectContaining({
        type: 'updated',
        ecosystem: 'docker',
        name: 'gcr.io/distroless/static-debian12',
        from: 'nonroot',
        to: 'nonroot',
        scope: 'runtime',
        lockfile: 'deploy/Dockerfile',
        fromRef: `sha256:${A}`,
        toRef: `sha256:${B}`,
        purl: `pkg:docker/distroless/static-debian12@sha256:${B}?repository_url=gcr.io`,
      }),
    ]);
    expect(opened.outputs.gate).toBe('fail');
    expect(gateCheck(h, head).conclusion).toBe('failure');
    const body = botComment(h, 11).body;
    expect(body).toContain(
      `<code>nonroot</code> @ <code>sha256&#58;${A.slice(0, 12)}</code> → <code>nonroot</code> @ <code>sha256&#58;${B.slice(0, 12)}</code>`,
    );
    expect(body).toMatch(/^- \[ \] Release notes <code>nonroot<\/code> → <code>nonroot<\/code> reviewed/m);
    // OSV lists no images: never reported clean, so the anomaly review is the reviewer's.
    expect(body).toContain('OSV lists no images');
  });
});
