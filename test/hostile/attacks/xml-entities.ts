import type { Attack } from '../types.js';

const LAUGHS = [
  '<!DOCTYPE project [',
  '  <!ENTITY lol "lol">',
  ...Array.from({ length: 9 }, (_, i) => `  <!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`),
  '  <!ENTITY xxe SYSTEM "file:///etc/passwd">',
  ']>',
].join('\n');

/** Billion laughs and an external entity (XXE) in a pom.xml: never expanded, never read. */
export const attack: Attack = {
  name: 'xml-entities',
  threat: 'T11',
  what: 'XML entity expansion (10^9 "lol"s) and an external entity naming /etc/passwd in pom.xml',
  expect: 'contained',
  inputs: () => [
    {
      path: 'pom.xml',
      text: `<?xml version="1.0"?>\n${LAUGHS}\n<project><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>a</artifactId><version>1</version>\n<dependencies><dependency><groupId>&lol9;</groupId><artifactId>&xxe;</artifactId><version>1.0</version></dependency></dependencies></project>\n`,
    },
  ],
};
