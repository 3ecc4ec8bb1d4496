/**
 * CVSS v3.0/v3.1 base scores from a vector string, per the FIRST specification
 * (https://www.first.org/cvss/v3.1/specification-document §7). OSV records carry the vector, not
 * the score; reviewers read the score and its label. CVSS v4 scores need the specification's
 * macro-vector lookup table, so v4 vectors are shown as given with the database's own label.
 */

export type SeverityLabel = 'critical' | 'high' | 'medium' | 'low' | 'none' | 'unknown';

const AV: Record<string, number> = { N: 0.85, A: 0.62, L: 0.55, P: 0.2 };
const AC: Record<string, number> = { L: 0.77, H: 0.44 };
const UI: Record<string, number> = { N: 0.85, R: 0.62 };
const CIA: Record<string, number> = { H: 0.56, L: 0.22, N: 0 };

/** §7.4 Roundup: the smallest one-decimal number >= x, immune to floating-point noise (3.1). */
function roundUp31(value: number): number {
  const integer = Math.round(value * 100_000);
  return integer % 10_000 === 0 ? integer / 100_000 : (Math.floor(integer / 10_000) + 1) / 10;
}

const roundUp30 = (value: number): number => Math.ceil(value * 10) / 10;

/** The base score of a CVSS:3.0 or CVSS:3.1 vector; undefined when the vector is not one. */
export function cvss3BaseScore(vector: string): number | undefined {
  const parts = vector.trim().split('/');
  const version = /^CVSS:3\.([01])$/.exec(parts[0] ?? '');
  if (!version) return undefined;
  const metrics = new Map<string, string>();
  for (const part of parts.slice(1)) {
    const [key, value] = part.split(':');
    if (key === undefined || value === undefined || metrics.has(key)) return undefined;
    metrics.set(key, value);
  }
  const scope = metrics.get('S');
  const av = AV[metrics.get('AV') ?? ''];
  const ac = AC[metrics.get('AC') ?? ''];
  const ui = UI[metrics.get('UI') ?? ''];
  const c = CIA[metrics.get('C') ?? ''];
  const i = CIA[metrics.get('I') ?? ''];
  const a = CIA[metrics.get('A') ?? ''];
  const prKey = metrics.get('PR');
  const pr =
    prKey === 'N'
      ? 0.85
      : prKey === 'L'
        ? scope === 'C'
          ? 0.68
          : 0.62
        : prKey === 'H'
          ? scope === 'C'
            ? 0.5
            : 0.27
          : undefined;
  if (
    (scope !== 'U' && scope !== 'C') ||
    av === undefined ||
    ac === undefined ||
    ui === undefined ||
    c === undefined ||
    i === undefined ||
    a === undefined ||
    pr === undefined
  ) {
    return undefined;
  }
  const roundUp = version[1] === '1' ? roundUp31 : roundUp30;
  const iss = 1 - (1 - c) * (1 - i) * (1 - a);
  const impact = scope === 'U' ? 6.42 * iss : 7.52 * (iss - 0.029) - 3.25 * (iss - 0.02) ** 15;
  const exploitability = 8.22 * av * ac * pr * ui;
  if (impact <= 0) return 0;
  return scope === 'U'
    ? roundUp(Math.min(impact + exploitability, 10))
    : roundUp(Math.min(1.08 * (impact + exploitability), 10));
}

/** The qualitative rating of §5 (the same bands in v3 and v4). */
export function labelForScore(score: number): SeverityLabel {
  if (score === 0) return 'none';
  if (score < 4) return 'low';
  if (score < 7) return 'medium';
  if (score < 9) return 'high';
  return 'critical';
}

/** A database's own word (GHSA: LOW, MODERATE, HIGH, CRITICAL) as our label. */
export function labelFromText(text: unknown): SeverityLabel | undefined {
  if (typeof text !== 'string') return undefined;
  switch (text.trim().toLowerCase()) {
    case 'critical':
      return 'critical';
    case 'high':
    case 'important':
      return 'high';
    case 'moderate':
    case 'medium':
      return 'medium';
    case 'low':
      return 'low';
    case 'none':
      return 'none';
    default:
      return undefined;
  }
}
