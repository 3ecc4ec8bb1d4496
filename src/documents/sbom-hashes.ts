/**
 * A lockfile's integrity field as the hashes a CycloneDX component carries. Only a hash of the
 * published artifact is one; anything else stays visible as a raw property instead.
 */
import * as Enums from '@cyclonedx/cyclonedx-library/Enums';
import type { Ecosystem } from '../lockfiles/types.js';

const SRI_ALGORITHM: Record<string, [Enums.HashAlgorithm, number]> = {
  sha1: [Enums.HashAlgorithm['SHA-1'], 20],
  sha256: [Enums.HashAlgorithm['SHA-256'], 32],
  sha384: [Enums.HashAlgorithm['SHA-384'], 48],
  sha512: [Enums.HashAlgorithm['SHA-512'], 64],
};

/**
 * The lockfile's integrity as CycloneDX hashes: SRI (`sha512-<base64>`, npm/yarn/pnpm/bun/NuGet)
 * becomes hex, `sha256=`/`sha256:` hex (Bundler, pub) and bare checksums where the format defines
 * them (Cargo SHA-256, Composer dist SHA-1) are kept. Commits, Go's h1: dirhash and yarn berry's
 * cache checksums are not hashes of a published artifact: they come back as `raw`.
 */
export function integrityToHashes(item: {
  ecosystem: Ecosystem;
  version: string;
  integrity?: string;
  source?: string;
}): { hashes: [Enums.HashAlgorithm, string][]; raw?: string } {
  const integrity = item.integrity?.trim();
  if (!integrity) return { hashes: [] };
  const hashes = new Map<Enums.HashAlgorithm, string>();
  const tokens = integrity.split(/\s+/);
  if (tokens.every((t) => /^sha(1|256|384|512)-[A-Za-z0-9+/]+={0,2}$/.test(t))) {
    for (const token of tokens) {
      const dash = token.indexOf('-');
      const [algorithm, bytes] = SRI_ALGORITHM[token.slice(0, dash)]!;
      const digest = Buffer.from(token.slice(dash + 1), 'base64');
      if (digest.length === bytes && !hashes.has(algorithm)) hashes.set(algorithm, digest.toString('hex'));
    }
  } else {
    const prefixed = /^sha256[=:]([0-9a-f]{64})$/i.exec(integrity);
    if (prefixed) hashes.set(Enums.HashAlgorithm['SHA-256'], prefixed[1]!.toLowerCase());
    else if (item.source === undefined && item.ecosystem === 'crates.io' && /^[0-9a-f]{64}$/i.test(integrity))
      hashes.set(Enums.HashAlgorithm['SHA-256'], integrity.toLowerCase());
    else if (
      item.source === undefined &&
      item.ecosystem === 'Packagist' &&
      /^[0-9a-f]{40}$/i.test(integrity) &&
      !/^dev-|-dev$/i.test(item.version)
    )
      hashes.set(Enums.HashAlgorithm['SHA-1'], integrity.toLowerCase());
  }
  const sorted = [...hashes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return sorted.length > 0 ? { hashes: sorted } : { hashes: [], raw: integrity };
}
