/**
 * The JUnit XML files inside a workflow artifact's zip. The zip comes out of a PR's workflow run,
 * so it is hostile: a zip bomb (a few KB that inflate to gigabytes, or millions of entries) is
 * refused from the central directory before anything is inflated. fflate inflates each entry into
 * a buffer of the size the directory declares and never grows it, so a size that lies yields a
 * cut (and then unparsable) file, not more memory. Only entries whose path matches the policy's
 * pattern are inflated.
 */
import { unzipSync } from 'fflate';
import picomatch from 'picomatch';
import { MAX_JUNIT_CHARS } from './junit.js';

/** Entries in the zip's directory at most (matching or not): a test report has one per suite at most. */
export const MAX_ZIP_ENTRIES = 10_000;
/** Uncompressed bytes of the matching entries together at most. */
export const MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;
/** Matching entries read at most. */
export const MAX_JUNIT_FILES = 2_000;

export class ArtifactZipError extends Error {
  override readonly name = 'ArtifactZipError';
}

export interface ArtifactFile {
  /** The entry's path inside the artifact. */
  path: string;
  text: string;
}

export interface UnzippedArtifact {
  files: ArtifactFile[];
  /** Entries that are not files the pattern names (other reports, logs, folders). */
  ignored: number;
}

/** A safe relative path, or undefined for folders and paths that climb out or are absolute. */
function entryPath(name: string): string | undefined {
  const path = name.replace(/\\/g, '/');
  if (path.endsWith('/') || path.startsWith('/') || /^[A-Za-z]:/.test(path)) return undefined;
  if (path.split('/').some((part) => part === '..')) return undefined;
  return path.replace(/^\.\//, '');
}

/** The files of `zip` whose path matches `pattern` (a glob, `**` crosses folders), as text. */
export function unzipJunit(zip: Uint8Array, pattern: string): UnzippedArtifact {
  const matches = picomatch(pattern, { dot: true });
  let entries = 0;
  let total = 0;
  let ignored = 0;
  const wanted = new Set<string>();
  let unzipped: Record<string, Uint8Array>;
  try {
    unzipped = unzipSync(zip, {
      filter(file) {
        entries++;
        if (entries > MAX_ZIP_ENTRIES)
          throw new ArtifactZipError(
            `the artifact has over ${MAX_ZIP_ENTRIES} entries; refused as a zip bomb`,
          );
        const path = entryPath(file.name);
        if (path === undefined || !matches(path) || wanted.has(file.name)) {
          ignored++;
          return false;
        }
        if (file.originalSize > MAX_JUNIT_CHARS)
          throw new ArtifactZipError(
            `${JSON.stringify(path.slice(0, 200))} inflates to ${file.originalSize} bytes; at most ${MAX_JUNIT_CHARS} are read per file`,
          );
        total += file.originalSize;
        if (total > MAX_UNZIPPED_BYTES)
          throw new ArtifactZipError(
            `the artifact's JUnit files inflate to over ${MAX_UNZIPPED_BYTES} bytes; refused as a zip bomb`,
          );
        if (wanted.size >= MAX_JUNIT_FILES)
          throw new ArtifactZipError(`the artifact has over ${MAX_JUNIT_FILES} files matching ${pattern}`);
        wanted.add(file.name);
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ArtifactZipError) throw error;
    throw new ArtifactZipError(
      `the artifact is not a readable zip (${error instanceof Error ? error.message : String(error)})`,
    );
  }
  const decoder = new TextDecoder('utf-8', { fatal: false });
  const files: ArtifactFile[] = [];
  // Own keys only: an entry named __proto__ never reaches here (the filter wants .xml paths).
  for (const name of Object.keys(unzipped).sort()) {
    if (!wanted.has(name)) continue;
    files.push({ path: entryPath(name)!, text: decoder.decode(unzipped[name]) });
  }
  return { files, ignored };
}
