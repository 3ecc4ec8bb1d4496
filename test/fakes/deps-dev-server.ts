/**
 * A fake of deps.dev's GetVersion (GET /v3/systems/{system}/packages/{name}/versions/{version},
 * https://docs.deps.dev/api/v3/) and of the registry JSON APIs used where deps.dev has no data:
 * rubygems.org (/api/v2/rubygems/{name}/versions/{version}.json), Packagist (/p2/{vendor}/{name}.json,
 * minified composer/2.0 metadata) and pub.dev (/api/packages/{name}/versions/{version}).
 * One loopback server answers all of them; unknown packages get 404 as the real services do.
 */
import { startFakeServer, type FakeServer, type FaultHook } from './osv-server.js';

export interface DepsDevVersion {
  /** Lowercase system as in the URL: npm, pypi, go, cargo, maven, nuget. */
  system: string;
  name: string;
  version: string;
  licenses?: string[];
  links?: { label: string; url: string }[];
}

export interface RubygemsVersion {
  name: string;
  version: string;
  licenses?: string[];
  source_code_uri?: string;
  bug_tracker_uri?: string;
  homepage_uri?: string;
  changelog_uri?: string;
}

export interface PubVersion {
  name: string;
  version: string;
  pubspec: Record<string, unknown>;
}

export interface FakeDepsDevOptions {
  versions?: DepsDevVersion[];
  rubygems?: RubygemsVersion[];
  /** vendor/name -> minified composer/2.0 version entries, newest first. */
  packagist?: Record<string, Record<string, unknown>[]>;
  pub?: PubVersion[];
  fault?: FaultHook;
}

export async function startFakeDepsDev(options: FakeDepsDevOptions = {}): Promise<FakeServer> {
  return startFakeServer((request) => {
    if (request.method !== 'GET') return { status: 405, body: { error: 'method not allowed' } };
    const depsDev = /^\/v3\/systems\/([^/]+)\/packages\/([^/]+)\/versions\/([^/?]+)$/.exec(request.path);
    if (depsDev) {
      const [system, name, version] = depsDev.slice(1).map((p) => decodeURIComponent(p)) as [
        string,
        string,
        string,
      ];
      const found = options.versions?.find(
        (v) => v.system === system.toLowerCase() && v.name === name && v.version === version,
      );
      if (!found) return { status: 404, body: { code: 5, message: 'version not found' } };
      return {
        status: 200,
        body: {
          versionKey: { system: system.toUpperCase(), name, version },
          publishedAt: '2024-09-10T00:00:00Z',
          isDefault: false,
          licenses: found.licenses ?? [],
          advisoryKeys: [],
          links: found.links ?? [],
          slsaProvenances: [],
          registries: [],
          relatedProjects: [],
        },
      };
    }
    const gem = /^\/api\/v2\/rubygems\/([^/]+)\/versions\/([^/?]+)\.json$/.exec(request.path);
    if (gem) {
      const [name, version] = gem.slice(1).map((p) => decodeURIComponent(p)) as [string, string];
      const found = options.rubygems?.find((v) => v.name === name && v.version === version);
      return found
        ? { status: 200, body: { ...found, number: version } }
        : { status: 404, body: 'This rubygem could not be found.' };
    }
    const composer = /^\/p2\/([^/]+)\/([^/?]+?)(~dev)?\.json$/.exec(request.path);
    if (composer) {
      const name = `${decodeURIComponent(composer[1]!)}/${decodeURIComponent(composer[2]!)}`;
      const entries = options.packagist?.[name];
      return entries
        ? { status: 200, body: { packages: { [name]: entries }, minified: 'composer/2.0' } }
        : { status: 404, body: { status: 'error', message: 'Package not found' } };
    }
    const pub = /^\/api\/packages\/([^/]+)\/versions\/([^/?]+)$/.exec(request.path);
    if (pub) {
      const [name, version] = pub.slice(1).map((p) => decodeURIComponent(p)) as [string, string];
      const found = options.pub?.find((v) => v.name === name && v.version === version);
      return found
        ? { status: 200, body: { version, pubspec: { name, version, ...found.pubspec }, archive_url: '' } }
        : { status: 404, body: { error: { code: 'NotFound', message: 'Could not find package' } } };
    }
    return { status: 404, body: { code: 5, message: 'not found' } };
  }, options.fault);
}
