// Prints how the diff agrees with what each corpus commit message claims, per corpus folder.
// `node --import tsx scripts/corpus-report.ts [folder…]`
import { diffCorpusCase, findClaim, hasCorpus, listCorpusCases, CORPUS_DIR } from '../test/support/corpus.js';

if (!hasCorpus) {
  console.error(`no corpus at ${CORPUS_DIR}`);
  process.exit(1);
}
const only = process.argv.slice(2);
const rows = new Map<string, { cases: number; claims: number; agreed: number; errors: number }>();
for (const corpusCase of listCorpusCases()) {
  if (only.length > 0 && !only.includes(corpusCase.folder)) continue;
  const row = rows.get(corpusCase.folder) ?? { cases: 0, claims: 0, agreed: 0, errors: 0 };
  rows.set(corpusCase.folder, row);
  row.cases++;
  try {
    const result = await diffCorpusCase(corpusCase);
    for (const claim of corpusCase.claimed) {
      row.claims++;
      if (findClaim(result.changes, claim)) row.agreed++;
      else {
        const near = result.changes.filter(
          (c) =>
            c.name.toLowerCase().replace(/[-_.]+/g, '-') ===
            claim.name
              .toLowerCase()
              .replace(/\[.*\]$/, '')
              .replace(/[-_.]+/g, '-'),
        );
        console.log(
          `DISAGREE ${corpusCase.id} ${claim.name} ${claim.from} -> ${claim.to}; diff has: ${near.map((c) => `${c.type} ${c.from}->${c.to} @${c.lockfile}`).join('; ') || 'nothing for that name'}`,
        );
      }
    }
    if (corpusCase.claimed.length === 0) {
      console.log(
        `NOCLAIM ${corpusCase.id} "${corpusCase.subject}": ${result.changes.length} changes: ${result.changes
          .slice(0, 6)
          .map((c) => `${c.type} ${c.name} ${c.from}->${c.to} direct=${c.direct}`)
          .join('; ')}`,
      );
    }
  } catch (error) {
    row.errors++;
    console.log(`ERROR ${corpusCase.id}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
console.log('\n| folder | cases | claims | agreed | rate | errors |\n|---|---|---|---|---|---|');
let total = { cases: 0, claims: 0, agreed: 0, errors: 0 };
for (const [folder, row] of [...rows].sort()) {
  console.log(
    `| ${folder} | ${row.cases} | ${row.claims} | ${row.agreed} | ${row.claims ? ((100 * row.agreed) / row.claims).toFixed(1) : '-'}% | ${row.errors} |`,
  );
  total = {
    cases: total.cases + row.cases,
    claims: total.claims + row.claims,
    agreed: total.agreed + row.agreed,
    errors: total.errors + row.errors,
  };
}
console.log(
  `| total | ${total.cases} | ${total.claims} | ${total.agreed} | ${((100 * total.agreed) / total.claims).toFixed(1)}% | ${total.errors} |`,
);
