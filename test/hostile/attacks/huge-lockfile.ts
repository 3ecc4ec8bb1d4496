import type { Attack } from '../types.js';

/** A lockfile past max-lockfile-bytes is refused by size before anything parses it. */
export const attack: Attack = {
  name: 'huge-lockfile',
  threat: 'T12',
  what: 'a 16 MB package-lock.json against a 1 MB max-lockfile-bytes',
  expect: 'refused',
  maxBytes: 1024 * 1024,
  inputs: () => [
    {
      path: 'package-lock.json',
      text: `{"lockfileVersion": 3, "packages": {"": {"name": "x"}, "node_modules/a": {"version": "1.0.0", "pad": "${'x'.repeat(16 * 1024 * 1024)}"}}}`,
    },
  ],
};
