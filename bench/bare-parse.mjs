/* global process */
// The floor of a whole-process diff: a Node process that reads each file given and JSON.parses it.
import { readFileSync } from 'node:fs';

for (const file of process.argv.slice(2)) JSON.parse(readFileSync(file, 'utf8'));
