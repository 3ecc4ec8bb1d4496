import type { Attack } from '../types.js';

const NASTY = [
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u202e',
  '\u2028',
  '\ufeff',
  '\ud800',
  '\udfff',
  '\r',
  '\u0085',
];

/** NUL, escapes, bidi overrides, line separators, BOMs and lone surrogates inside names and versions. */
export const attack: Attack = {
  name: 'control-characters',
  threat: 'T9',
  what: 'NUL, terminal escapes, bidi overrides, Unicode line separators, BOMs and lone surrogates in names and versions',
  expect: 'contained',
  inputs: () => [
    {
      path: 'package-lock.json',
      text: `\ufeff${JSON.stringify({
        lockfileVersion: 3,
        packages: Object.fromEntries(
          NASTY.map((c, i) => [`node_modules/a${c}${i}`, { version: `1.0.${i}${c}` }]),
        ),
      })}`,
    },
    { path: 'requirements.txt', text: NASTY.map((c, i) => `a${c}${i}==1.${i}${c}`).join('\n') },
    {
      path: 'Cargo.lock',
      text: `version = 3\n${NASTY.map((c, i) => `\n[[package]]\nname = "a${JSON.stringify(c).slice(1, -1)}${i}"\nversion = "1.0.${i}"\n`).join('')}`,
    },
    {
      path: 'yarn.lock',
      text: `# yarn lockfile v1\n\n${NASTY.map((c, i) => `"a${c}${i}@^1":\n  version "1.0.${i}${c}"\n`).join('\n')}`,
    },
  ],
};
