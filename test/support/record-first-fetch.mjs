// Preload (`node --import`, after record-loads.mjs) that appends `fetch <url>` to the file named by
// SOUP_GATE_LOAD_LOG when the process first calls fetch: the tests read which modules it loaded
// before its first request.
import { appendFileSync } from 'node:fs';
import process from 'node:process';

const log = process.env.SOUP_GATE_LOAD_LOG;
const original = globalThis.fetch;
let marked = false;
globalThis.fetch = function fetch(input, init) {
  if (log && !marked) {
    marked = true;
    appendFileSync(log, `fetch ${typeof input === 'string' ? input : String(input?.url ?? input)}\n`);
  }
  return original.call(this, input, init);
};
