/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload for node --require */
/* global require, process */
// Preloaded (`node --require`) into every process a process-level bench figure spawns, ours and the
// floor alike: at exit it appends the process's own CPU time (all threads) and peak RSS to the file
// BENCH_STATS_FILE names. Precise to the microsecond, unlike /usr/bin/time's hundredths.
'use strict';
const { appendFileSync } = require('node:fs');

const file = process.env.BENCH_STATS_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    appendFileSync(
      file,
      `${JSON.stringify({ cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000, peakRssMb: usage.maxRSS / 1024 })}\n`,
    );
  });
}
