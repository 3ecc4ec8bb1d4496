import { compare, explain } from '@renovatebot/pep440';
import type { VersionScheme } from './types.js';

/**
 * PyPI: PEP 440 as @renovatebot/pep440 implements it (a port of `packaging.version`). Pre-releases
 * are a/b/rc and .devN; post-releases are final releases. Versions PEP 440 calls equal (`1.0` and
 * `1.0.0`, `1.0a1` and `1.0.alpha1`) compare 0, as pip treats them as the same release.
 */
export const pypiScheme: VersionScheme = {
  parse(version) {
    const parsed = explain(version);
    return parsed ? { release: [...parsed.release], prerelease: parsed.is_prerelease } : null;
  },
  compare(a, b) {
    if (!explain(a) || !explain(b)) return null;
    return Math.sign(compare(a, b));
  },
};
