// Runs one benchmark task in its own process (so peak RSS belongs to that task alone) and prints
// one JSON line: { task, impl, medianMs, runs, peakRssMb, baselineRssMb, note? }.
import { tasks } from './tasks.js';

const [taskId, implName] = process.argv.slice(2);
const task = tasks().find((t) => t.id === taskId);
const impl = task?.impls[implName ?? ''];
if (!task || !impl) {
  console.error(`unknown task/impl ${taskId}/${implName}`);
  process.exit(2);
}
const baselineRssMb = process.memoryUsage().rss / 1024 / 1024;
const prepared = await impl.prepare?.();
for (let i = 0; i < 2; i++) await impl.run(prepared);
const times: number[] = [];
const budgetMs = 3000;
const started = performance.now();
while (times.length < 5 || (times.length < 25 && performance.now() - started < budgetMs)) {
  const t0 = performance.now();
  await impl.run(prepared);
  times.push(performance.now() - t0);
}
times.sort((a, b) => a - b);
const peakRssMb = impl.peakRssMb?.() ?? process.resourceUsage().maxRSS / 1024;
console.log(
  JSON.stringify({
    task: taskId,
    impl: implName,
    medianMs: times[Math.floor(times.length / 2)],
    runs: times.length,
    peakRssMb,
    baselineRssMb,
  }),
);
