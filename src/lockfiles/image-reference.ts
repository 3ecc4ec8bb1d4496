/**
 * Container image references (`node:20@sha256:…`, `gcr.io/distroless/static-debian12:nonroot`) as
 * the SOUP items they are: the name, the tag and the digest. Shared by the Dockerfile, compose and
 * workflow readers. Grammar: github.com/distribution/reference (reference.go), read, not copied.
 */
import { makePurl } from './purl.js';
import type { Package, Scope } from './types.js';

export interface ImageReference {
  /** Docker Hub images without `docker.io/` and `library/` (`node`, `bitnami/redis`); others with their registry. */
  name: string;
  tag?: string;
  /** `sha256:<64 hex>`, lower-cased. */
  digest?: string;
}

const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;
const DOMAIN =
  /^(?:localhost|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)(?::\d+)?$/;
const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$|^sha512:[0-9a-f]{128}$/i;
const HUB = new Set(['docker.io', 'index.docker.io', 'registry-1.docker.io', 'registry.hub.docker.com']);
/** Image references longer than this are not real ones (the spec caps names at 255). */
const MAX_REFERENCE = 512;

/** The reference, or a reason it is not one (for a finding). */
export function parseImageReference(text: string): ImageReference | string {
  if (text.length > MAX_REFERENCE) return `longer than ${MAX_REFERENCE} characters`;
  let rest = text;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at !== -1) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return `"${digest}" is not a sha256 digest`;
    digest = digest.toLowerCase();
  }
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return `"${tag}" is not a valid tag`;
  }
  const parts = rest.split('/');
  let domain: string | undefined;
  if (parts.length > 1 && (/[.:]/.test(parts[0]!) || parts[0] === 'localhost')) domain = parts.shift()!;
  if (domain !== undefined && !DOMAIN.test(domain)) return `"${domain}" is not a registry host`;
  if (parts.length === 0 || !parts.every((p) => COMPONENT.test(p)))
    return 'the name must be lower-case path components';
  const host = domain?.toLowerCase();
  let name: string;
  if (host === undefined || HUB.has(host)) {
    if (parts.length === 2 && parts[0] === 'library') parts.shift();
    name = parts.join('/');
  } else {
    name = `${host}/${parts.join('/')}`;
  }
  return { name, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}

/**
 * The package of an image. Its version is the tag (what people read and bump); the digest, when
 * pinned, is its ref: part of the identity like a git pin's commit, so a digest bump under the same
 * tag is an update, and look-ups by tag still work. Only a digest: the digest is the version (and no
 * ref repeats it). Neither: `latest`, as the engine pulls it.
 */
export function imagePackage(image: ImageReference, lockfile: string, scope: Scope): Package {
  const version = image.tag ?? image.digest ?? 'latest';
  return {
    ecosystem: 'docker',
    name: image.name,
    version,
    purl: makePurl('docker', image.name, image.digest ?? version),
    direct: true,
    scope,
    lockfile,
    ...(image.digest !== undefined && image.tag !== undefined ? { ref: image.digest } : {}),
  };
}

/**
 * Replaces `$VAR`, `${VAR}`, `${VAR:-default}` / `${VAR-default}` and `${VAR:+alt}` / `${VAR+alt}`
 * from `known`; undefined names the first variable it could not resolve. `$$` is a literal `$`
 * where `dollarEscape` is set (compose), never in a Dockerfile.
 */
export function expandVariables(
  text: string,
  known: ReadonlyMap<string, string>,
  dollarEscape = false,
): { value: string } | { unresolved: string } {
  let unresolved: string | undefined;
  const value = text.replace(
    /\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*)|(\$))/g,
    (whole, braced: string | undefined, op: string | undefined, word: string | undefined, bare, dollar) => {
      if (dollar !== undefined) return dollarEscape ? '$' : whole;
      const name = (braced ?? bare) as string;
      const set = known.get(name);
      if (op === undefined) {
        if (set === undefined) unresolved ??= name;
        return set ?? '';
      }
      const empty = set === undefined || (op.startsWith(':') && set === '');
      if (op.endsWith('-')) return empty ? (word ?? '') : set!;
      return empty ? '' : (word ?? '');
    },
  );
  return unresolved === undefined ? { value } : { unresolved };
}
