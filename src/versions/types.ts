/**
 * Ecosystem names follow OSV (https://ossf.github.io/osv-schema/#affectedpackage-field) so that
 * enrichment can query OSV with them unchanged; `docker` is the one OSV does not have.
 */
export type Ecosystem =
  | 'npm'
  | 'PyPI'
  | 'Go'
  | 'crates.io'
  | 'RubyGems'
  | 'Packagist'
  | 'NuGet'
  | 'Maven'
  | 'Pub'
  | 'SwiftURL'
  | 'GitHub Actions'
  /** Container images (not an OSV ecosystem: OSV lists no images, only the packages inside them). */
  | 'docker';

export interface ParsedVersion {
  /** Numeric release components, most significant first (major, minor, patch, …). */
  release: number[];
  /** True for pre-releases (alpha, beta, rc, dev, snapshot …) as the ecosystem defines them. */
  prerelease: boolean;
}

/**
 * How one ecosystem orders its versions. `compare` must be a total order on the versions `parse`
 * accepts, and return null for anything it can't order (the bump class is then "unknown", never a guess).
 */
export interface VersionScheme {
  parse(version: string): ParsedVersion | null;
  compare(a: string, b: string): number | null;
}
