/**
 * `soup-gate list --format json`: what was written and the SOUP items per lockfile, as data.
 * Values are the lockfiles' and the register's own strings, unescaped: the reader decides.
 */
import type { SoupOutputsInput } from '../app/soup-outputs.js';
import { collectItemsByLockfile } from '../register/soup-items.js';

export interface ListReport {
  written: string[];
  lockfiles: {
    path: string;
    ecosystem: string;
    format: string;
    items: {
      key: string;
      name: string;
      version: string;
      purl: string;
      direct: boolean | null;
      scope: string;
      safetyClass: string;
      classSource: 'entry' | 'defaults';
      registerEntry: 'complete' | 'incomplete' | null;
      requirements: string[];
      lastVerified: string | null;
    }[];
    findings: { line: number | null; message: string }[];
  }[];
}

export function buildListReport(input: SoupOutputsInput, written: readonly string[]): ListReport {
  const groups = collectItemsByLockfile(input.inventory, {
    register: input.register,
    lastVerified: input.lastVerified,
  });
  return {
    written: [...written],
    lockfiles: groups.map(({ lockfile, items }) => ({
      path: lockfile.path,
      ecosystem: lockfile.ecosystem,
      format: lockfile.format,
      items: items.map((item) => ({
        key: item.key,
        name: item.name,
        version: item.version,
        purl: item.purl,
        direct: item.direct,
        scope: item.scope,
        safetyClass: item.safetyClass,
        classSource: item.classSource,
        registerEntry:
          item.entry === undefined ? null : item.entry.problems.length > 0 ? 'incomplete' : 'complete',
        requirements: item.entry?.requirements.map((r) => r.id) ?? [],
        lastVerified: item.lastVerified ?? null,
      })),
      findings: lockfile.findings.map((f) => ({ line: f.line ?? null, message: f.message })),
    })),
  };
}
