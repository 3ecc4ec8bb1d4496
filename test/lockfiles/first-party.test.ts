import { describe, expect, it } from 'vitest';
import { reportFirstParty } from '../../src/lockfiles/first-party.js';

describe('reportFirstParty', () => {
  it('says nothing when nothing was passed over', () => {
    expect(reportFirstParty('package-lock.json', [])).toEqual([]);
  });

  it('is one finding per lockfile, whatever the number of folders, naming the first five once each', () => {
    const passedOver = Array.from({ length: 300 }, (_, i) => ({
      name: `pkg-${i % 150}`, // each folder twice, as peer variants of one entry list it
      folder: `libs/pkg-${i % 150}`,
      ...(i === 0 ? {} : { line: i + 10 }),
    }));
    expect(reportFirstParty('pnpm-lock.yaml', passedOver)).toEqual([
      {
        lockfile: 'pnpm-lock.yaml',
        line: 11, // the first that has a line
        message:
          '150 packages resolve from local folders: first-party code, not SOUP, so not listed: pkg-0 (libs/pkg-0), pkg-1 (libs/pkg-1), pkg-2 (libs/pkg-2), pkg-3 (libs/pkg-3), pkg-4 (libs/pkg-4), and 145 more',
      },
    ]);
  });
});
