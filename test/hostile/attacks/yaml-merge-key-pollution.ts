import { POLICY_PATH, REGISTER_PATH, type Attack } from '../types.js';

const EVIL = `{__proto__: {polluted: yes}, constructor: {prototype: {polluted: yes}}}`;

export const attack: Attack = {
  name: 'yaml-merge-key-pollution',
  threat: 'T13',
  what: 'YAML merge keys (`<<`) and `__proto__` mappings that would set a prototype when merged into a plain object',
  expect: 'contained',
  inputs: () => [
    {
      path: 'pnpm-lock.yaml',
      text: `lockfileVersion: '9.0'\nimporters:\n  .:\n    <<: ${EVIL}\n    dependencies:\n      <<: ${EVIL}\n      a: {specifier: ^1, version: 1.0.0}\npackages:\n  <<: ${EVIL}\n  __proto__:\n    resolution: {integrity: sha512-x}\n  a@1.0.0:\n    resolution: {integrity: sha512-x}\nsnapshots:\n  a@1.0.0: {<<: ${EVIL}}\n`,
    },
    {
      path: 'pubspec.lock',
      text: `packages:\n  <<: ${EVIL}\n  __proto__:\n    dependency: "direct main"\n    description: {name: x, url: "https://pub.dev"}\n    source: hosted\n    version: "1.0.0"\nsdks:\n  dart: ">=3.0.0 <4.0.0"\n`,
    },
    {
      path: '.github/workflows/ci.yml',
      text: `on: push\njobs:\n  <<: ${EVIL}\n  __proto__:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n`,
    },
    {
      path: 'yarn.lock',
      text: `__metadata:\n  version: 8\n  cacheKey: 10c0\n\n"__proto__@npm:^1":\n  version: 1.0.0\n  resolution: "__proto__@npm:1.0.0"\n  dependencies:\n    <<: ${EVIL}\n`,
    },
    {
      path: POLICY_PATH,
      text: `reviewers:\n  <<: ${EVIL}\n  permission: write\n`,
      expect: 'refused',
    },
    {
      path: REGISTER_PATH,
      text: `soup:\n  <<: ${EVIL}\n  npm/__proto__:\n    purpose: x\n`,
      expect: 'refused',
    },
  ],
};
