// `npm run bench`: each task in its own child process, printed as ratios against the floor and peers.
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { CORPUS, tasks } from './tasks.js';

// --baseline <dist>: also measure the process-level figures of an older bundle, in this same run.
// --process-only: only the process-level figures (the in-process tasks take most of the time).
// --action-only: only the action's cold start (spawn to first API request), the quickest figure.
const { values: flags } = parseArgs({
  options: {
    baseline: { type: 'string' },
    'process-only': { type: 'boolean' },
    'action-only': { type: 'boolean' },
  },
});

interface Measurement {
  task: string;
  impl: string;
  medianMs: number;
  runs: number;
  peakRssMb: number;
  baselineRssMb: number;
}

const processOnly = flags['process-only'] === true || flags['action-only'] === true;
const all = processOnly ? [] : tasks();
if (all.length === 0 && !processOnly) {
  console.log(`bench: no corpus at ${CORPUS}; the benchmarks read its real lockfiles. Nothing measured.`);
  process.exit(0);
}
console.log(
  `bench on node ${process.version}, ${all.length} tasks (medians; each impl in its own process)\n`,
);
const rows: string[] = [];
for (const task of all) {
  const results: Measurement[] = [];
  for (const impl of Object.keys(task.impls)) {
    process.stderr.write(`… ${task.id} ${impl}\n`);
    try {
      const out = execFileSync(process.execPath, ['--import', 'tsx', 'bench/measure.ts', task.id, impl], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
        maxBuffer: 16 * 1024 * 1024,
      });
      results.push(JSON.parse(out.trim().split('\n').pop()!) as Measurement);
    } catch (error) {
      console.log(
        `  ${task.id} ${impl}: failed (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`,
      );
    }
  }
  const ours = results.find((r) => r.impl === 'ours');
  const floor = results.find((r) => r.impl === 'floor');
  console.log(
    task.items !== undefined ? task.what : `${task.what} — ${(task.bytes / 1024 / 1024).toFixed(2)} MB`,
  );
  for (const r of results) {
    console.log(
      `  ${r.impl.padEnd(38)} ${r.medianMs.toFixed(2).padStart(9)} ms  peak RSS ${r.peakRssMb.toFixed(0).padStart(4)} MB (${r.runs} runs)${task.items !== undefined ? `  = ${((r.medianMs / task.items) * 1000).toFixed(2)} ms per 1000 items` : ''}`,
    );
  }
  if (ours && floor) {
    const ratio = ours.medianMs / floor.medianMs;
    console.log(`  ours / floor = ${ratio.toFixed(2)}x`);
    rows.push(
      `| ${task.id} | ${ratio.toFixed(2)} |${results
        .filter((r) => r.impl.startsWith('peer'))
        .map(
          (p) =>
            ` ${p.impl.replace('peer: ', '')}: ${(p.medianMs / ours.medianMs).toFixed(1)}x slower than ours;`,
        )
        .join('')} ours peak RSS ${ours.peakRssMb.toFixed(0)} MB |`,
    );
    for (const peer of results.filter((r) => r.impl.startsWith('peer'))) {
      console.log(
        `  ${peer.impl.replace('peer: ', '')} / ours = ${(peer.medianMs / ours.medianMs).toFixed(1)}x`,
      );
    }
  }
  console.log('');
}
console.log('| task | ours / floor | peers, memory |\n|---|---|---|');
for (const row of rows) console.log(row);

const { actionFigures, processFigures } = await import('./process-tasks.js');
const dists: Record<string, string> = flags.baseline
  ? { before: flags.baseline, after: 'dist' }
  : { now: 'dist' };
const figures = [
  ...(flags['action-only'] ? [] : processFigures(CORPUS, dists)),
  ...(await actionFigures(dists)),
];
console.log("\nwhole processes, spawned in turn (medians; CPU is the process's own, all threads):");
for (const figure of figures) {
  console.log(`${figure.id}: ${figure.headline}${figure.met ? '' : '  ← target missed'}`);
  for (const line of figure.lines) console.log(line);
}
