/* global process */
// The peer of a whole-process diff: snyk-nodejs-lockfile-parser reading both sides of a package-lock
// pair (each folder's package.json + package-lock.json) as its CLI does, in one process.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseNpmLockV2Project } from 'snyk-nodejs-lockfile-parser';

const options = {
  includeDevDeps: true,
  includeOptionalDeps: true,
  strictOutOfSync: false,
  pruneCycles: true,
  includePeerDeps: false,
  pruneWithinTopLevelDeps: true,
};
for (const dir of process.argv.slice(2)) {
  await parseNpmLockV2Project(
    readFileSync(join(dir, 'package.json'), 'utf8'),
    readFileSync(join(dir, 'package-lock.json'), 'utf8'),
    options,
  );
}
