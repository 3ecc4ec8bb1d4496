import { loadSeeds } from '../../fuzz/targets.js';
import type { Attack, HostileInput } from '../types.js';

const KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** Hand-written: the pollution keys where each syntax puts keys (objects, tables, mappings, elements). */
const STRUCTURAL: HostileInput[] = [
  {
    path: 'package-lock.json',
    text: `{"lockfileVersion": 3, "__proto__": {"polluted": 1}, "packages": {"": {"name": "x", "dependencies": {"__proto__": "1.0.0", "constructor": "1.0.0", "prototype": "1.0.0"}}, "node_modules/__proto__": {"version": "1.0.0"}, "node_modules/constructor": {"version": "1.0.0"}, "node_modules/prototype": {"version": "1.0.0"}, "__proto__": {"version": "6.6.6"}}}`,
  },
  {
    path: 'bun.lock',
    text: `{"lockfileVersion": 1, "workspaces": {"": {"name": "x", "dependencies": {"__proto__": "1.0.0", "constructor": "1.0.0"}}}, "packages": {"__proto__": ["__proto__@1.0.0", "", {}, "sha512-x"], "constructor": ["constructor@1.0.0", "", {"dependencies": {"__proto__": "1"}}, "sha512-x"]}}`,
  },
  {
    path: 'composer.lock',
    text: `{"__proto__": {"polluted": 1}, "packages": [{"name": "__proto__/constructor", "version": "1.0.0", "__proto__": {"polluted": 1}}], "packages-dev": []}`,
  },
  {
    path: 'Pipfile.lock',
    text: `{"_meta": {"__proto__": {"polluted": 1}}, "default": {"__proto__": {"version": "==1.0"}, "constructor": {"version": "==1.0"}, "prototype": {"version": "==1.0"}}, "develop": {}}`,
  },
  {
    path: 'packages.lock.json',
    text: `{"version": 1, "dependencies": {"__proto__": {"constructor": {"type": "Direct", "resolved": "1.0.0", "dependencies": {"__proto__": "1.0.0"}}}, "net8.0": {"__proto__": {"type": "Direct", "resolved": "1.0.0"}, "prototype": {"type": "Transitive", "resolved": "1.0.0"}}}}`,
  },
  {
    path: 'Package.resolved',
    text: `{"version": 2, "__proto__": {"polluted": 1}, "pins": [{"identity": "__proto__", "kind": "remoteSourceControl", "location": "https://github.com/a/__proto__", "state": {"revision": "0123456789abcdef0123456789abcdef01234567", "version": "1.0.0", "__proto__": {"polluted": 1}}}]}`,
  },
  {
    path: 'Cargo.lock',
    text: `version = 3\n\n[__proto__]\npolluted = 1\n\n[[package]]\nname = "__proto__"\nversion = "1.0.0"\n\n[[package]]\nname = "constructor"\nversion = "1.0.0"\ndependencies = ["__proto__"]\n`,
  },
  {
    path: 'poetry.lock',
    text: `[[package]]\nname = "constructor"\nversion = "1.0"\n__proto__.polluted = 1\n\n[package.dependencies]\n__proto__ = "1.0"\n\n[metadata]\nlock-version = "2.0"\n[metadata.__proto__]\npolluted = 1\n`,
  },
  {
    path: 'uv.lock',
    text: `version = 1\n\n[[package]]\nname = "prototype"\nversion = "1.0"\nsource = { registry = "https://pypi.org/simple" }\n__proto__ = { polluted = 1 }\n`,
  },
  {
    path: 'pdm.lock',
    text: `[metadata]\ngroups = ["default", "__proto__"]\n\n[[package]]\nname = "__proto__"\nversion = "1.0"\ngroups = ["__proto__"]\n`,
  },
  {
    path: 'requirements.txt',
    text: `__proto__==1.0\nconstructor==1.0 ; __proto__ == "x"\nprototype[__proto__]==1.0\n`,
  },
  {
    path: 'go.mod',
    text: `module __proto__\n\ngo 1.21\n\nrequire (\n\tconstructor v1.0.0\n\tprototype v1.0.0 // indirect\n)\n\nreplace __proto__ => ./x\n`,
  },
  {
    path: 'Gemfile.lock',
    text: `GEM\n  remote: https://rubygems.org/\n  specs:\n    __proto__ (1.0)\n      constructor (>= 0)\n    constructor (1.0)\n\nPLATFORMS\n  ruby\n\nDEPENDENCIES\n  __proto__\n`,
  },
  {
    path: 'gradle.lockfile',
    text: `__proto__:constructor:1.0=runtimeClasspath\nprototype:__proto__:1.0=__proto__,compileClasspath\nempty=\n`,
  },
  {
    path: 'pom.xml',
    text: `<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>a</artifactId><version>1</version><properties><__proto__>x</__proto__><constructor>1.0</constructor></properties><dependencies><dependency><groupId>__proto__</groupId><artifactId>constructor</artifactId><version>\${constructor}</version></dependency></dependencies></project>`,
  },
  {
    path: 'pubspec.lock',
    text: `packages:\n  __proto__:\n    dependency: "direct main"\n    description:\n      name: __proto__\n      url: "https://pub.dev"\n    source: hosted\n    version: "1.0.0"\n  constructor:\n    dependency: transitive\n    description: {name: constructor, url: "https://pub.dev"}\n    source: hosted\n    version: "1.0.0"\n`,
  },
  {
    path: 'pnpm-lock.yaml',
    text: `lockfileVersion: '9.0'\nimporters:\n  .:\n    dependencies:\n      __proto__: {specifier: ^1, version: 1.0.0}\n      constructor: {specifier: ^1, version: 1.0.0}\npackages:\n  __proto__@1.0.0:\n    resolution: {integrity: sha512-x}\n  constructor@1.0.0:\n    resolution: {integrity: sha512-x}\nsnapshots:\n  __proto__@1.0.0: {}\n  constructor@1.0.0:\n    dependencies:\n      __proto__: 1.0.0\n`,
  },
  {
    path: 'yarn.lock',
    text: `# yarn lockfile v1\n\n__proto__@^1:\n  version "1.0.0"\n  resolved "https://registry.yarnpkg.com/__proto__/-/__proto__-1.0.0.tgz"\n  dependencies:\n    constructor "^1"\n\nconstructor@^1:\n  version "1.0.0"\n`,
  },
  {
    path: '.github/workflows/ci.yml',
    text: `on: push\njobs:\n  __proto__:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: __proto__/constructor@v1\n  constructor:\n    uses: prototype/__proto__/.github/workflows/x.yml@v1\n`,
  },
];

/** Real fixtures with package names swapped for the pollution keys: every format, its own syntax. */
function substituted(): HostileInput[] {
  const out: HostileInput[] = [];
  const done = new Set<string>();
  for (const seed of loadSeeds()) {
    if (done.has(seed.format.id)) continue;
    let names: string[];
    try {
      names = [...new Set(seed.format.parse(seed.input).packages.map((p) => p.name))];
    } catch {
      continue;
    }
    const literal = names
      .filter((n) => n.length >= 4 && /^[A-Za-z][\w-]*$/.test(n))
      .filter((n) => new RegExp(`(?<![\\w.@/-])${n}(?![\\w-])`).test(seed.input.text))
      .slice(0, KEYS.length);
    if (literal.length === 0) continue;
    let text = seed.input.text;
    literal.forEach((name, i) => {
      text = text.replace(new RegExp(`(?<![\\w.@/-])${name}(?![\\w-])`, 'g'), KEYS[i]!);
    });
    done.add(seed.format.id);
    out.push({
      path: seed.input.path,
      text,
      manifests: Object.fromEntries(seed.input.manifests ?? []),
    });
  }
  return out;
}

export const attack: Attack = {
  name: 'prototype-pollution-keys',
  threat: 'T13',
  what: '`__proto__`, `constructor` and `prototype` as package names and as keys, in every format',
  expect: 'contained',
  inputs: () => [...STRUCTURAL, ...substituted()],
};
