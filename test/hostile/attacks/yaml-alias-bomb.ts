import { POLICY_PATH, REGISTER_PATH, type Attack } from '../types.js';

/** "Billion laughs": nine levels of aliases, each ten times the one before (10^9 nodes if expanded). */
function laughs(indent: string, key: string): string {
  const lines = [`${indent}${key}0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]`];
  for (let i = 1; i <= 9; i++) {
    const refs = Array.from({ length: 10 }, () => `*a${i - 1}`).join(', ');
    lines.push(`${indent}${key}${i}: &a${i} [${refs}]`);
  }
  return lines.join('\n');
}

export const attack: Attack = {
  name: 'yaml-alias-bomb',
  threat: 'T11',
  what: 'YAML anchors and aliases that expand to 10^9 nodes, in every YAML-based format',
  expect: 'contained',
  inputs: () => [
    {
      path: 'pnpm-lock.yaml',
      text: `lockfileVersion: '9.0'\nsettings: {autoInstallPeers: true}\nimporters:\n  .:\n    dependencies:\n      a: {specifier: ^1, version: 1.0.0}\npackages:\n  a@1.0.0:\n    resolution: {integrity: sha512-x}\n${laughs('  ', 'bomb')}\nsnapshots:\n  a@1.0.0:\n    dependencies: *a9\n`,
    },
    {
      path: 'pubspec.lock',
      text: `packages:\n${laughs('  ', 'p')}\n  http:\n    dependency: "direct main"\n    description: *a9\n    source: hosted\n    version: "1.2.0"\nsdks:\n  dart: ">=3.0.0 <4.0.0"\n`,
    },
    {
      path: '.github/workflows/ci.yml',
      text: `x-bomb:\n${laughs('  ', 'b')}\non: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env: *a9\n    steps: *a9\n`,
    },
    {
      path: 'yarn.lock',
      text: `__metadata:\n  version: 8\n  cacheKey: 10c0\n\n${laughs('', 'bomb')}\n\n"a@npm:^1":\n  version: 1.0.0\n  resolution: "a@npm:1.0.0"\n  dependencies: *a9\n`,
    },
    { path: POLICY_PATH, text: `${laughs('', 'x')}\nreviewers:\n  teams: *a9\n`, expect: 'refused' },
    { path: REGISTER_PATH, text: `${laughs('', 'x')}\nsoup:\n  npm/express: *a9\n`, expect: 'refused' },
  ],
};
