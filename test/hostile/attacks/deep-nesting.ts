import type { Attack } from '../types.js';

const DEPTH = 100_000;

/** Nesting far past any real file, in each syntax: a recursive parser or walker would overflow the stack. */
export const attack: Attack = {
  name: 'deep-nesting',
  threat: 'T12',
  what: `arrays, objects, tables and elements nested ${DEPTH} deep (JSON, YAML, TOML, XML)`,
  expect: 'contained',
  inputs: () => {
    const json = `{"lockfileVersion": 3, "packages": {"": {"name": "x"}, "node_modules/a": {"version": "1.0.0", "deep": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}}}`;
    const jsonObjects = `{"lockfileVersion": 3, "packages": {"node_modules/a": {"version": "1.0.0", "deep": ${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}}}}`;
    const flow = '['.repeat(DEPTH / 10) + ']'.repeat(DEPTH / 10);
    return [
      { path: 'package-lock.json', text: json },
      { path: 'npm-shrinkwrap.json', text: jsonObjects },
      {
        path: 'bun.lock',
        text: `{"lockfileVersion": 1, "workspaces": {"": {"name": "x"}}, "packages": {"a": ["a@1.0.0", ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}]}}`,
      },
      {
        path: 'composer.lock',
        text: `{"packages": [{"name": "a/b", "version": "1.0.0", "extra": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}]}`,
      },
      {
        path: 'Pipfile.lock',
        text: `{"_meta": {}, "default": {"a": {"version": "==1.0", "x": ${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}}}}`,
      },
      {
        path: 'packages.lock.json',
        text: `{"version": 1, "dependencies": {"net8.0": {"A": {"type": "Direct", "resolved": "1.0.0", "x": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}}}}`,
      },
      {
        path: 'Package.resolved',
        text: `{"version": 2, "pins": [{"identity": "a", "location": "https://github.com/a/a", "state": {"version": "1.0.0", "x": ${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}}}]}`,
      },
      {
        path: 'pnpm-lock.yaml',
        text: `lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      a: {specifier: ^1, version: 1.0.0}\npackages:\n  a@1.0.0:\n    resolution: ${flow}\n`,
      },
      {
        path: 'pubspec.lock',
        text: `packages:\n  a:\n    dependency: "direct main"\n    description: ${flow}\n    source: hosted\n    version: "1.0.0"\n`,
      },
      {
        path: '.github/workflows/ci.yml',
        text: `on: push\njobs:\n  a:\n    runs-on: ${flow}\n    steps:\n      - uses: actions/checkout@v4\n`,
      },
      {
        path: 'yarn.lock',
        text: `__metadata:\n  version: 8\n\n"a@npm:^1":\n  version: 1.0.0\n  resolution: "a@npm:1.0.0"\n  dependencies: ${flow}\n`,
      },
      {
        path: 'Cargo.lock',
        text: `version = 3\n\n[[package]]\nname = "a"\nversion = "1.0.0"\nx = ${'['.repeat(DEPTH / 10)}${']'.repeat(DEPTH / 10)}\n`,
      },
      {
        path: 'poetry.lock',
        text: `[[package]]\nname = "a"\nversion = "1.0"\nx = ${'{a = '.repeat(DEPTH / 10)}1${'}'.repeat(DEPTH / 10)}\n\n[metadata]\nlock-version = "2.0"\n`,
      },
      {
        path: 'pom.xml',
        text: `<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>a</artifactId><version>1</version><dependencies><dependency><groupId>g</groupId><artifactId>b</artifactId><version>1.0</version>${'<x>'.repeat(DEPTH / 10)}${'</x>'.repeat(DEPTH / 10)}</dependency></dependencies></project>`,
      },
      {
        path: 'Gemfile.lock',
        text: `GEM\n  remote: https://rubygems.org/\n  specs:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(4 + 2 * i)}a${i} (1.0)`).join('\n')}\n\nPLATFORMS\n  ruby\n`,
      },
    ];
  },
};
