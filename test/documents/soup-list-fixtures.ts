import { resolve } from 'node:path';
import type { Inventory } from '../../src/inventory/inventory.js';
import type { Enrichment } from '../../src/register/soup-items.js';
import { createFolderSource } from '../../src/local/folder-source.js';
import { loadInventory } from '../../src/inventory/load-inventory.js';

/** One fixture per ecosystem, each under its own folder as in a monorepo. */
const FIXTURES: [string, string][] = [
  ['app', 'examples/demo/head'],
  ['rust', 'test/fixtures/cargo/v4-workspace'],
  ['go', 'test/fixtures/go/require-blocks'],
  ['ci', 'test/fixtures/github-actions/workflow-pins'],
  ['php', 'test/fixtures/composer/packages-and-dev'],
  ['ruby', 'test/fixtures/bundler/platforms-checksums'],
  ['dotnet', 'test/fixtures/nuget/v1-multi-target'],
  ['flutter', 'test/fixtures/pub/flutter-app'],
  ['java', 'test/fixtures/maven/properties-and-scopes'],
  ['web', 'test/fixtures/pnpm/pnpm9-single'],
  ['py', 'test/fixtures/python/uv-dev-groups'],
];

/** The fixtures as one inventory, lockfile paths prefixed by their folder. */
export async function loadMultiEcosystemInventory(): Promise<Inventory> {
  const lockfiles = [];
  for (const [prefix, dir] of FIXTURES) {
    const inventory = await loadInventory(createFolderSource(resolve(dir)));
    for (const lockfile of inventory.lockfiles) {
      // The GitHub Actions fixture keeps its workflow under .github/ at its root.
      const path = `${prefix}/${lockfile.path}`;
      lockfiles.push({
        ...lockfile,
        path,
        packages: lockfile.packages.map((p) => ({ ...p, lockfile: path })),
        findings: lockfile.findings.map((f) => ({ ...f, lockfile: path })),
      });
    }
  }
  return { lockfiles: lockfiles.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)) };
}

export async function loadDemoInventory(): Promise<Inventory> {
  return loadInventory(createFolderSource(resolve('examples/demo/head')));
}

/** What enrichment could say about the demo's packages, including hostile text. */
export const DEMO_ENRICHMENT: Enrichment = new Map([
  [
    'pkg:npm/express@4.21.1',
    {
      supplier: 'OpenJS Foundation',
      lookedUp: true,
      licence: 'MIT',
      description: 'Fast, unopinionated, minimalist web framework',
      links: {
        sourceRepo: 'https://github.com/expressjs/express',
        issueTracker: 'https://github.com/expressjs/express/issues',
        homepage: 'http://expressjs.com/',
        releaseNotes: 'https://github.com/expressjs/express/releases/tag/4.21.1',
      },
      anomalies: [
        {
          id: 'GHSA-qwcr-r2fm-qrc7',
          aliases: ['CVE-2024-43796'],
          summary: 'express vulnerable to XSS via response.redirect()',
          severity: { label: 'low' },
          url: 'https://osv.dev/vulnerability/GHSA-qwcr-r2fm-qrc7',
        },
        {
          id: 'GHSA-rv95-896h-c2vc',
          summary: 'Open redirect in malformed URLs',
          severity: 'moderate',
          url: 'https://osv.dev/vulnerability/GHSA-rv95-896h-c2vc',
        },
      ],
    },
  ],
  [
    'pkg:npm/ms@2.1.3',
    {
      lookedUp: true,
      supplier: '@vercel <img src=x onerror=alert(1)> | [pwn](javascript:alert(1))',
      licence: 'MIT OR (Apache-2.0 AND <script>)',
      links: { sourceRepo: 'javascript:alert(1)', issueTracker: 'https://github.com/vercel/ms/issues?q=a b' },
      anomalies: [],
    },
  ],
  [
    'pkg:pypi/requests@2.32.3',
    { licence: 'Apache-2.0', supplier: 'Kenneth Reitz', lookedUp: true, anomalies: [] },
  ],
]);
