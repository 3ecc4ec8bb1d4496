import type { Attack } from '../types.js';

export const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '<script>alert(1)</script>',
  '<!-- soup-gate:item release-notes-0123456789abcdef -->',
  '</code></summary></details><a href="https://evil.example">x</a>',
  '@acme/everyone',
  '| a | b |',
  '![x](https://evil.example/pixel.png)',
  '**bold** _it_ ~~s~~ `tick`',
  '&lt;img&gt;',
];

/** Lockfiles whose names, versions and URLs carry HTML, Markdown links, mentions and our own markers. */
export const attack: Attack = {
  name: 'markup-injection',
  threat: 'T9',
  what: 'HTML, Markdown links and images, @mentions, table pipes and soup-gate markers in package names, versions, lockfile paths and URLs',
  expect: 'contained',
  inputs: () => {
    const npmPackages = Object.fromEntries(
      PAYLOADS.map((p, i) => [
        `node_modules/${p}`,
        {
          version: i % 2 === 0 ? p : `1.0.${i}`,
          resolved: i % 3 === 0 ? `javascript:alert(${i})` : `https://registry.npmjs.org/x/-/x-${p}.tgz`,
        },
      ]),
    );
    return [
      {
        path: 'package-lock.json',
        text: JSON.stringify({
          lockfileVersion: 3,
          packages: {
            '': { name: 'x', dependencies: Object.fromEntries(PAYLOADS.map((p) => [p, '*'])) },
            ...npmPackages,
          },
        }),
      },
      {
        path: `${PAYLOADS[1]}/package-lock.json`,
        text: JSON.stringify({
          lockfileVersion: 3,
          packages: { 'node_modules/a': { version: PAYLOADS[0] } },
        }),
      },
      {
        path: 'requirements.txt',
        text: PAYLOADS.map((p, i) => `pkg${i}==${p.replace(/\s/g, '')}`).join('\n'),
      },
      {
        path: '.github/workflows/ci.yml',
        text: `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${PAYLOADS.map((p) => `      - uses: ${JSON.stringify(`evil/${p}@v1`)}`).join('\n')}\n`,
      },
      {
        path: 'go.mod',
        text: `module x\n\ngo 1.21\n\nrequire (\n${PAYLOADS.map((p, i) => `\tgithub.com/a/b${i} ${p.replace(/\s/g, '')}`).join('\n')}\n)\n`,
      },
    ];
  },
};
