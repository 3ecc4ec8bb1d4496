/** The audit pack's traceability and anomaly-evaluation sections. */
import type { TraceabilityMatrix, TraceRequirement } from '../verification/traceability.js';
import type { RequirementVerdict, ResultRun } from '../verification/types.js';
import { VERDICT_LABEL } from './traceability.js';
import { EXPIRES_SOON_DAYS, h, link, dayOf, compareText, shortSha } from './audit-pack-data.js';
import { type AuditPackInput } from './audit-pack-data.js';

export const VERDICT_CLASS: Record<RequirementVerdict, string> = {
  passed: 'ok',
  failed: 'bad',
  skipped: 'warn',
  missing: 'bad',
  untested: 'muted',
};

export function describeRunHtml(run: ResultRun | undefined): string {
  if (run === undefined) return '—';
  const parts = [
    link('run', run.url),
    run.headSha !== undefined ? `at ${shortSha(run.headSha)}` : undefined,
    run.date !== undefined ? `on ${h(run.date, 40)}` : undefined,
  ].filter((p) => p !== undefined);
  return parts.join(' ');
}

export function requirementRow(key: string, r: TraceRequirement, first: boolean, span: number): string {
  const tests =
    r.verdict === 'untested'
      ? '—'
      : [
          (['passed', 'failed', 'errored', 'skipped'] as const)
            .filter((s) => r.counts[s] > 0)
            .map((s) => `${r.counts[s]} ${s}`)
            .join(', ') || 'none matched',
          ...r.listed
            .filter((t) => t.status !== 'passed')
            .slice(0, 5)
            .map(
              (t) =>
                `${t.status}: <code>${h(`${t.classname !== '' ? `${t.classname} › ` : ''}${t.name}`, 160)}</code>${t.message !== undefined ? ` — ${h(t.message.split('\n')[0], 120)}` : ''}`,
            ),
          ...r.unmatched.slice(0, 5).map((s) => `no test matched <code>${h(s, 160)}</code>`),
        ].join('<br>');
  return `<tr>${first ? `<th scope="rowgroup" rowspan="${span}"><code>${h(key)}</code></th>` : ''}<td><code>${h(r.id.trim(), 60)}</code></td><td>${h(r.text.trim(), 300)}</td><td>${r.tests.length === 0 ? '—' : r.tests.map((t) => `<code>${h(t, 160)}</code>`).join('<br>')}</td><td class="${VERDICT_CLASS[r.verdict]}">${h(VERDICT_LABEL[r.verdict])}</td><td>${tests}</td><td>${describeRunHtml(r.run)}</td></tr>`;
}

export function traceabilitySection(matrix: TraceabilityMatrix | undefined, fromFile: boolean): string {
  const parts = ['<section id="traceability"><h2>Traceability matrix</h2>'];
  if (matrix === undefined) {
    parts.push('<p>No register and no <code>TRACEABILITY.md</code>: no requirements to trace.</p></section>');
    return parts.join('');
  }
  const total = Object.values(matrix.totals).reduce((a, b) => a + b, 0);
  parts.push(
    `<p>${fromFile ? `From the committed traceability matrix, generated ${h(matrix.generatedAt, 40)} from the results of ${describeRunHtml(matrix.run)}.` : 'No committed <code>TRACEABILITY.md</code>: the requirements come from the register and have no test results (run <code>soup-gate trace</code>).'} ${total} requirement(s): ${(
      Object.entries(matrix.totals) as [RequirementVerdict, number][]
    )
      .filter(([, n]) => n > 0)
      .map(([v, n]) => `${n} ${h(VERDICT_LABEL[v])}`)
      .join(' · ')}.</p>`,
  );
  const rows = matrix.items.filter((i) => i.requirements.length > 0);
  if (rows.length > 0) {
    parts.push(
      '<table><thead><tr><th>SOUP item</th><th>requirement</th><th>text</th><th>tests named</th><th>result</th><th>tests</th><th>last run</th></tr></thead>',
    );
    for (const item of rows) {
      parts.push('<tbody>');
      item.requirements.forEach((r, i) =>
        parts.push(requirementRow(item.key, r, i === 0, item.requirements.length)),
      );
      parts.push('</tbody>');
    }
    parts.push('</table>');
  }
  const without = matrix.items
    .filter((i) => i.requirements.length === 0)
    .map((i) => `<code>${h(i.key)}</code>`);
  if (without.length > 0) parts.push(`<p>Register entries with no requirements: ${without.join(', ')}.</p>`);
  parts.push('</section>');
  return parts.join('');
}

export function evaluationState(expires: string | undefined, today: number): { text: string; css: string } {
  const day = dayOf(expires);
  if (expires === undefined) return { text: 'no expiry', css: 'muted' };
  if (day === undefined) return { text: `expiry not a date: ${h(expires, 40)}`, css: 'bad' };
  if (day < today) return { text: `expired ${h(expires, 40)}`, css: 'bad' };
  if (day - today <= EXPIRES_SOON_DAYS) return { text: `expires ${h(expires, 40)} (soon)`, css: 'warn' };
  return { text: `valid until ${h(expires, 40)}`, css: 'ok' };
}

export function anomaliesSection(input: AuditPackInput, today: number): string {
  const parts = ['<section id="anomalies"><h2>Anomaly evaluations</h2>'];
  const evaluations = [...(input.register?.entries.values() ?? [])]
    .flatMap((entry) => entry.anomalies.map((a) => ({ entry, a })))
    .sort((x, y) => compareText(x.entry.key, y.entry.key) || compareText(x.a.id, y.a.id));
  const open = input.anomalies.filter((a) => a.status !== undefined && a.status !== 'evaluated');
  const expired = evaluations.filter(({ a }) => {
    const day = dayOf(a.expires);
    return day !== undefined && day < today;
  }).length;
  parts.push(
    `<p>${evaluations.length} evaluation(s) in <code>${h(input.register?.path ?? 'soup/register.yml')}</code>${expired > 0 ? `, <strong>${expired} expired</strong>` : ''}; ${input.anomalies.length} published anomal${input.anomalies.length === 1 ? 'y' : 'ies'} of versions in use in the SBOM${open.length > 0 ? `, <strong>${open.length} open</strong> (not evaluated, in triage, incomplete or expired)` : ''}.</p>`,
  );
  if (open.length > 0) {
    parts.push(
      '<h3>Open anomalies</h3><table><thead><tr><th>anomaly</th><th>SOUP item (purl)</th><th>severity</th><th>status</th></tr></thead><tbody>',
    );
    for (const a of [...open].sort((x, y) => compareText(x.purl, y.purl) || compareText(x.id, y.id)))
      parts.push(
        `<tr><td><code>${h(a.id, 80)}</code></td><td><code>${h(a.purl)}</code></td><td>${h(a.severity, 20)}</td><td class="bad">${h(a.status, 40)}</td></tr>`,
      );
    parts.push('</tbody></table>');
  }
  if (evaluations.length > 0) {
    parts.push(
      '<h3>Evaluations</h3><table><thead><tr><th>SOUP item</th><th>anomaly</th><th>state</th><th>justification</th><th>by</th><th>on</th><th>expiry</th><th>reason</th></tr></thead><tbody>',
    );
    for (const { entry, a } of evaluations) {
      const state = evaluationState(a.expires, today);
      parts.push(
        `<tr><td><code>${h(entry.key)}</code></td><td><code>${h(a.id, 80)}</code></td><td>${h(a.state, 40)}</td><td>${h(a.justification, 60)}</td><td>${h(a.by, 80)}</td><td>${h(a.on, 40)}</td><td class="${state.css}">${state.text}</td><td>${h(a.reason, 400)}</td></tr>`,
      );
    }
    parts.push('</tbody></table>');
  }
  parts.push('</section>');
  return parts.join('');
}
