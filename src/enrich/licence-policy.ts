/**
 * Licence policy over parsed SPDX expressions, never string comparison: `MIT OR Apache-2.0`
 * satisfies allow [MIT] (the licensee picks MIT), `MIT AND GPL-3.0-only` is denied by
 * deny [GPL-3.0-only] (both apply).
 *
 * Why not spdx-satisfies: it answers only the allow question (and pulls spdx-compare/spdx-ranges for
 * version ranges). A deny list needs the other question too — "does every choice this expression
 * offers include a denied licence?" — and both fall out of one walk to disjunctive normal form
 * (a list of alternatives, each a set of licences that apply together).
 *
 * Matching, on purpose asymmetric where a gate must fail closed:
 * - ids compare case-insensitively; deprecated `GPL-2.0` is `GPL-2.0-only`, `GPL-2.0+` is `GPL-2.0-or-later`.
 * - deny: an entry matches every licence of its family and version, `-only` or `-or-later`, with or
 *   without an exception (deny [GPL-3.0-only] also denies `GPL-3.0-or-later`); an entry with an
 *   exception matches only that exception.
 * - allow: `X-or-later` satisfies allow [X-only] (the licensee may pick X); `X-only` does not satisfy
 *   allow [X-or-later]; `X WITH e` satisfies allow [X] (an exception only adds permissions); an
 *   entry with an exception is satisfied only by that exception. Later versions are not inferred.
 */
import parseSpdx from 'spdx-expression-parse';
import type { LicenceFacts, LicenceSide, LicenceVerdict } from './types.js';

export interface LicencePolicy {
  allow?: readonly string[];
  deny?: readonly string[];
  /** What an unknown licence means for the gate. */
  unknown: 'fail' | 'warn';
}

export type { LicenceVerdict, LicenceVerdictKind } from './types.js';

/** A policy entry that is not one SPDX licence id (optionally WITH an exception). */
export class LicencePolicyError extends Error {
  override readonly name = 'LicencePolicyError';
}

interface Term {
  /** Lowercased id without -only / -or-later / +. */
  base: string;
  orLater: boolean;
  exception?: string;
  /** As written, for messages. */
  display: string;
}

type Node = parseSpdx.LicenseInfo | parseSpdx.ConjunctionInfo;

/** Past this many alternatives an expression is reported unknown rather than expanded further. */
const MAX_ALTERNATIVES = 256;

/** Words registries use for "no licence information", which are not licences. */
const NOT_A_LICENCE = new Set(['', 'noassertion', 'none', 'non-standard', 'unknown', 'unlicensed']);

/** Deprecated bare GNU ids that mean `-only`. */
const GNU_FAMILY = /^(a?gpl|lgpl|gfdl)-\d/i;

function toTerm(node: parseSpdx.LicenseInfo): Term {
  let id = node.license;
  let orLater = node.plus === true;
  const lower = id.toLowerCase();
  if (lower.endsWith('-or-later')) {
    id = id.slice(0, -'-or-later'.length);
    orLater = true;
  } else if (lower.endsWith('-only') && GNU_FAMILY.test(id)) {
    id = id.slice(0, -'-only'.length);
  }
  const display = node.license + (node.plus ? '+' : '') + (node.exception ? ` WITH ${node.exception}` : '');
  return {
    base: id.toLowerCase(),
    orLater,
    ...(node.exception !== undefined ? { exception: node.exception.toLowerCase() } : {}),
    display,
  };
}

/** Disjunctive normal form: alternatives, each a list of licences that apply together. */
function toAlternatives(node: Node): Term[][] | undefined {
  if ('license' in node) return [[toTerm(node)]];
  const left = toAlternatives(node.left);
  const right = toAlternatives(node.right);
  if (left === undefined || right === undefined) return undefined;
  if (node.conjunction === 'or') {
    return left.length + right.length > MAX_ALTERNATIVES ? undefined : [...left, ...right];
  }
  if (left.length * right.length > MAX_ALTERNATIVES) return undefined;
  return left.flatMap((l) => right.map((r) => [...l, ...r]));
}

type Parsed = { alternatives: Term[][] } | { unknown: string };

function parseExpression(expression: string | null | undefined): Parsed {
  if (expression === null || expression === undefined || NOT_A_LICENCE.has(expression.trim().toLowerCase())) {
    return { unknown: 'no licence is known' };
  }
  let node: Node;
  try {
    node = parseSpdx(expression.trim());
  } catch {
    return { unknown: `"${expression}" is not an SPDX licence expression` };
  }
  const alternatives = toAlternatives(node);
  return alternatives === undefined
    ? { unknown: `"${expression}" has more than ${MAX_ALTERNATIVES} alternatives` }
    : { alternatives };
}

function parseEntry(entry: string, list: 'allow' | 'deny'): Term {
  let node: Node;
  try {
    node = parseSpdx(entry.trim());
  } catch {
    throw new LicencePolicyError(
      `licence ${list} entry "${entry}" is not an SPDX licence id (e.g. MIT, GPL-3.0-only, LicenseRef-acme)`,
    );
  }
  if (!('license' in node)) {
    throw new LicencePolicyError(
      `licence ${list} entry "${entry}" is an expression; list single licence ids, one per entry`,
    );
  }
  return toTerm(node);
}

function deniedBy(term: Term, entry: Term): boolean {
  if (term.base !== entry.base) return false;
  return entry.exception === undefined || entry.exception === term.exception;
}

function allowedBy(term: Term, entry: Term): boolean {
  if (term.base !== entry.base) return false;
  if (entry.orLater && !term.orLater) return false;
  return entry.exception === undefined || entry.exception === term.exception;
}

const unique = (values: string[]): string[] => [...new Set(values)];

/** The verdict of a licence expression under a policy. Throws LicencePolicyError for a bad policy entry. */
export function evaluateLicence(
  expression: string | null | undefined,
  policy: LicencePolicy,
): LicenceVerdict {
  const allow = (policy.allow ?? []).map((e) => parseEntry(e, 'allow'));
  const deny = (policy.deny ?? []).map((e) => parseEntry(e, 'deny'));
  const parsed = parseExpression(expression);
  if ('unknown' in parsed) {
    return {
      verdict: 'unknown',
      blocking: policy.unknown === 'fail',
      reason: `licence unknown: ${parsed.unknown}`,
    };
  }
  const judged = parsed.alternatives.map((terms) => ({
    terms,
    denied: terms.filter((t) => deny.some((e) => deniedBy(t, e))),
    notAllowed: allow.length === 0 ? [] : terms.filter((t) => !allow.some((e) => allowedBy(t, e))),
  }));
  const acceptable = judged.find((j) => j.denied.length === 0 && j.notAllowed.length === 0);
  if (acceptable) {
    const chosen = acceptable.terms.map((t) => t.display).join(' AND ');
    const rule = allow.length > 0 ? 'is in the allow list' : 'is not in the deny list';
    return {
      verdict: 'allowed',
      blocking: false,
      reason:
        parsed.alternatives.length > 1
          ? `${chosen} (one choice of ${expression}) ${rule}`
          : `${chosen} ${rule}`,
    };
  }
  if (judged.every((j) => j.denied.length > 0)) {
    const denied = unique(judged.flatMap((j) => j.denied.map((t) => t.display)));
    return {
      verdict: 'denied',
      blocking: true,
      reason: `${expression} is denied: ${denied.join(', ')} ${denied.length === 1 ? 'is' : 'are'} in the deny list`,
    };
  }
  const missing = unique(
    judged.filter((j) => j.denied.length === 0).flatMap((j) => j.notAllowed.map((t) => t.display)),
  );
  return {
    verdict: 'denied',
    blocking: true,
    reason: `${expression} is not allowed: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not in the allow list`,
  };
}

/**
 * A canonical form for comparing two expressions (`Apache-2.0 OR MIT` equals `MIT OR Apache-2.0`,
 * `GPL-2.0` equals `GPL-2.0-only`); null when the expression is unknown or not SPDX.
 */
export function canonicalLicence(expression: string | null | undefined): string | null {
  const parsed = parseExpression(expression);
  if ('unknown' in parsed) return null;
  const alternatives = parsed.alternatives.map((terms) =>
    unique(
      terms.map(
        (t) => `${t.base}${t.orLater ? '+' : ''}${t.exception !== undefined ? ` with ${t.exception}` : ''}`,
      ),
    )
      .sort()
      .join(' and '),
  );
  return unique(alternatives).sort().join(' or ');
}

/**
 * The licence facts of a change from its two sides: an addition or removal is not a licence change,
 * and a side whose licence is unknown or not SPDX can't be compared (changed: null). With a policy,
 * the new version's licence gets a verdict.
 */
export function compareLicences(
  from: LicenceSide | null,
  to: LicenceSide | null,
  policy?: LicencePolicy,
): LicenceFacts {
  const canonicalFrom = from ? canonicalLicence(from.expression) : null;
  const canonicalTo = to ? canonicalLicence(to.expression) : null;
  const facts: LicenceFacts = {
    from,
    to,
    changed:
      from === null || to === null
        ? false
        : canonicalFrom === null || canonicalTo === null
          ? null
          : canonicalFrom !== canonicalTo,
  };
  if (policy !== undefined && to !== null) facts.verdict = evaluateLicence(to.expression, policy);
  return facts;
}

/** Whether the expression parses as SPDX (for telling a declared licence from an unknown one). */
export function isSpdxExpression(expression: string): boolean {
  return !('unknown' in parseExpression(expression));
}
