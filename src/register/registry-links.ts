import type { Ecosystem } from '../lockfiles/types.js';

function segments(path: string): string {
  return path
    .split('/')
    .map((part) => encodeURIComponent(part).replace(/^%40/, '@'))
    .join('/');
}

/**
 * The public registry page of a package version, derived from ecosystem, name and version alone,
 * so the SOUP list links somewhere useful even without enrichment. Undefined where no public
 * registry page exists (local or registry-less Swift packages). Callers still pass it through safeUrl.
 */
export function registryUrl(ecosystem: Ecosystem, name: string, version: string): string | undefined {
  const v = encodeURIComponent(version);
  switch (ecosystem) {
    case 'npm':
      return `https://www.npmjs.com/package/${segments(name)}/v/${v}`;
    case 'PyPI':
      return `https://pypi.org/project/${segments(name)}/${v}/`;
    case 'crates.io':
      return `https://crates.io/crates/${segments(name)}/${v}`;
    case 'RubyGems':
      return `https://rubygems.org/gems/${segments(name)}/versions/${v}`;
    case 'Packagist':
      return `https://packagist.org/packages/${segments(name)}#${v}`;
    case 'NuGet':
      return `https://www.nuget.org/packages/${segments(name)}/${v}`;
    case 'Maven': {
      const [group, artifact] = name.split(':');
      return group && artifact
        ? `https://central.sonatype.com/artifact/${segments(group)}/${segments(artifact)}/${v}`
        : undefined;
    }
    case 'Pub':
      return `https://pub.dev/packages/${segments(name)}/versions/${v}`;
    case 'Go':
      return `https://pkg.go.dev/${segments(name)}@${v}`;
    case 'GitHub Actions': {
      const [owner, repo] = name.split('/');
      return owner && repo ? `https://github.com/${segments(`${owner}/${repo}`)}/tree/${v}` : undefined;
    }
    case 'docker': {
      // Docker Hub has a page per image; other registries have no public page to derive from a name.
      const first = name.split('/')[0]!;
      if (name.includes('/') && (/[.:]/.test(first) || first === 'localhost')) return undefined;
      return name.includes('/')
        ? `https://hub.docker.com/r/${segments(name)}/tags?name=${v}`
        : `https://hub.docker.com/_/${segments(name)}/tags?name=${v}`;
    }
    case 'SwiftURL':
      return /^[a-z0-9.-]+\.[a-z]{2,}\/[^\s]+$/i.test(name) ? `https://${segments(name)}` : undefined;
  }
}
