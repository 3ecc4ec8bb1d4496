import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  ArtifactZipError,
  MAX_UNZIPPED_BYTES,
  MAX_ZIP_ENTRIES,
  unzipJunit,
} from '../../src/verification/artifact-zip.js';

/** Rewrites every central-directory entry's uncompressed size, as a zip bomb's directory reads. */
function declareSizes(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 46 <= out.length; at++)
    if (view.getUint32(at, true) === 0x02014b50) view.setUint32(at + 24, size, true);
  return out;
}

describe('unzipJunit', () => {
  it('reads only the entries the pattern names, in path order, and counts the rest', () => {
    const zip = zipSync({
      'reports/unit/TEST-b.xml': strToU8('<b/>'),
      'reports/TEST-a.xml': strToU8('<a/>'),
      'reports/log.txt': strToU8('log'),
      'coverage/lcov.info': strToU8('x'),
      'top.xml': strToU8('<top/>'),
    });
    expect(unzipJunit(zip, '**/*.xml')).toEqual({
      files: [
        { path: 'reports/TEST-a.xml', text: '<a/>' },
        { path: 'reports/unit/TEST-b.xml', text: '<b/>' },
        { path: 'top.xml', text: '<top/>' },
      ],
      ignored: 2,
    });
    expect(unzipJunit(zip, 'reports/**/TEST-*.xml').files.map((f) => f.path)).toEqual([
      'reports/TEST-a.xml',
      'reports/unit/TEST-b.xml',
    ]);
  });

  it('never reads an entry that climbs out of the artifact, and keeps __proto__ as data', () => {
    const zip = zipSync({
      '../evil.xml': strToU8('<x/>'),
      __proto__: strToU8('<p/>'),
      'ok.xml': strToU8('<ok/>'),
    });
    const read = unzipJunit(zip, '**/*');
    expect(read.files.map((f) => f.path)).toEqual(['ok.xml']);
  });

  it('refuses a zip bomb from the directory, before inflating: one huge entry, many entries', () => {
    // A bomb declares what it inflates to; these say 2 GB, and 5 × 60 MB, in a few hundred bytes.
    const huge = declareSizes(zipSync({ 'a.xml': strToU8('<a/>') }), 2_000_000_000);
    expect(() => unzipJunit(huge, '**/*.xml')).toThrow(
      /"a\.xml" inflates to 2000000000 bytes; at most \d+ are read per file/,
    );
    const files = Object.fromEntries([1, 2, 3, 4, 5].map((i) => [`r${i}.xml`, strToU8('<r/>')]));
    const wide = declareSizes(zipSync(files), 60 * 1024 * 1024);
    expect(() => unzipJunit(wide, '**/*.xml')).toThrow(
      `the artifact's JUnit files inflate to over ${MAX_UNZIPPED_BYTES} bytes; refused as a zip bomb`,
    );
    const many = zipSync(
      Object.fromEntries(
        Array.from({ length: MAX_ZIP_ENTRIES + 1 }, (_, i) => [`f${i}.txt`, new Uint8Array(0)]),
      ),
    );
    expect(() => unzipJunit(many, '**/*.xml')).toThrow(
      new ArtifactZipError(`the artifact has over ${MAX_ZIP_ENTRIES} entries; refused as a zip bomb`),
    );
  });

  it('says when the bytes are not a zip', () => {
    expect(() => unzipJunit(strToU8('<testsuite/>'), '**/*.xml')).toThrow(/not a readable zip/);
  });
});
