// The floor of `list` on a monorepo: our parsers inventorying the same folder inside a process that
// has already loaded them (no start-up, no SOUP.md or SBOM). Prints the milliseconds of one cold pass.
import { createFolderSource } from '../src/local/folder-source.js';
import { loadInventory } from '../src/inventory/load-inventory.js';
import '../test/support/all-formats.js';

const started = performance.now();
await loadInventory(createFolderSource(process.argv[2]!));
console.log(JSON.stringify({ ms: performance.now() - started }));
