import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { findFormat } from '../../src/lockfiles/index.js';
import { mavenFormat } from '../../src/lockfiles/maven.js';
import { mavenScheme } from '../../src/versions/maven.js';
import { classifyBump } from '../../src/versions/index.js';
import {
  expectAscending,
  expectOnlyParseErrors,
  expectTotalOrder,
  parseFixture,
  readFixture,
} from './ecosystem-properties.js';

const TRANSITIVE_NOTE = 'pom.xml lists direct dependencies only; transitive SOUP needs a lockfile';

function pom(dependencies: string, extra = ''): string {
  return `<?xml version="1.0"?>
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>g</groupId><artifactId>app</artifactId><version>1.0</version>
  ${extra}
  <dependencies>
${dependencies}
  </dependencies>
</project>
`;
}

const dep = (artifact: string, version: string, more = '') =>
  `    <dependency><groupId>g</groupId><artifactId>${artifact}</artifactId><version>${version}</version>${more}</dependency>`;

function parseText(text: string, path = 'service/pom.xml') {
  return mavenFormat.parse({ path, text });
}

describe('pom.xml', () => {
  it('is found for pom.xml at any depth', () => {
    expect(findFormat('pom.xml')?.id).toBe('maven');
    expect(findFormat('modules/a/pom.xml')?.id).toBe('maven');
    expect(findFormat('pom.xml.bak')).toBeUndefined();
  });

  it('lists direct dependencies with versions resolved from this file', () => {
    const result = parseFixture(mavenFormat, 'maven/properties-and-scopes/pom.xml');
    expect(result.format).toBe('maven-pom');
    const rows = result.packages.map(
      (p) => `${p.name}@${p.version} ${p.scope}${p.source ? ` ${p.source}` : ''}`,
    );
    expect(rows).toEqual([
      // ${jackson.databind.version} -> ${jackson.version} -> 2.16.1
      'com.fasterxml.jackson.core:jackson-databind@2.16.1 runtime',
      // no <version>: taken from this file's <dependencyManagement>
      'org.slf4j:slf4j-api@2.0.9 runtime',
      // ${project.version}
      'com.example:device-common@2.3.0 runtime',
      'org.junit.jupiter:junit-jupiter@5.10.1 dev',
      // provided: not packaged but run against; kept under review
      'jakarta.servlet:jakarta.servlet-api@6.0.0 runtime',
      'org.xerial:sqlite-jdbc@3.44.1.0 optional',
      // [33.0.0-jre] is a one-version range: pinned
      'com.google.guava:guava@33.0.0-jre runtime',
      'com.vendor:device-driver@1.0 runtime file',
      'com.pi4j:pi4j-core@2.4.0 runtime',
    ]);
    expect(result.packages.every((p) => p.direct === true && p.ecosystem === 'Maven')).toBe(true);
    expect(result.packages[0]?.purl).toBe('pkg:maven/com.fasterxml.jackson.core/jackson-databind@2.16.1');
    // dependencyManagement declares nothing by itself: the imported BOM is not a package.
    expect(result.packages.some((p) => p.name.endsWith('spring-framework-bom'))).toBe(false);
  });

  it('reports what it could not pin, with the line of the <dependency>', () => {
    const result = parseFixture(mavenFormat, 'maven/properties-and-scopes/pom.xml');
    expect(result.findings).toEqual([
      { lockfile: 'maven/properties-and-scopes/pom.xml', message: TRANSITIVE_NOTE },
      expect.objectContaining({
        line: 66,
        message: expect.stringMatching(/commons-lang3: version is a range.*\[3\.12,4\.0\)/),
      }),
      expect.objectContaining({
        line: 71,
        message: expect.stringMatching(/commons-io: version uses a property.*\$\{commons\.io\.version\}/),
      }),
      expect.objectContaining({
        line: 76,
        message: expect.stringMatching(/spring-core: version not declared in this file/),
      }),
      expect.objectContaining({ line: 98, message: expect.stringMatching(/profile "hardware"/) }),
    ]);
  });

  it('takes ${project.version} and ${project.groupId} from the parent when the module has none', () => {
    const result = parseFixture(mavenFormat, 'maven/parent-version/pom.xml');
    expect(result.packages.map((p) => `${p.name}@${p.version}`)).toEqual([
      'com.example:module-b@1.4.0-SNAPSHOT',
    ]);
    expect(result.findings.map((f) => f.message)).toEqual([
      TRANSITIVE_NOTE,
      expect.stringMatching(/netty-handler: version uses a property not defined in this file/),
    ]);
  });

  it('rejects an unknown modelVersion, naming it and the supported ones', () => {
    expect(() => parseFixture(mavenFormat, 'maven/unknown-model-version/pom.xml')).toThrow(
      /pom\.xml:3: unsupported POM modelVersion "5\.0\.0"; supported: 4\.0\.0, 4\.1\.0/,
    );
  });

  it('keeps versions as text and skips meta-versions and cyclic properties', () => {
    const result = parseText(
      pom(
        [
          dep('a', '1.10'),
          dep('b', 'LATEST'),
          dep('c', '${x}'),
          dep('d', '2.0', '<scope>runtime</scope>'),
        ].join('\n'),
        '<properties><x>${y}</x><y>${x}</y></properties>',
      ),
    );
    expect(result.packages.map((p) => `${p.name}@${p.version}`)).toEqual(['g:a@1.10', 'g:d@2.0']);
    expect(result.findings.map((f) => f.message)).toEqual([
      TRANSITIVE_NOTE,
      expect.stringMatching(/g:b: version is a moving meta-version/),
      expect.stringMatching(/g:c: version uses a property/),
    ]);
  });

  it('reports unknown scopes and keeps the stronger scope of a repeated artifact', () => {
    const result = parseText(
      pom(
        [
          dep('a', '1', '<scope>weird</scope>'),
          dep('b', '1', '<scope>test</scope>'),
          dep('b', '1', '<classifier>x</classifier>'),
        ].join('\n'),
      ),
    );
    expect(result.packages.map((p) => `${p.name} ${p.scope}`)).toEqual(['g:a runtime', 'g:b runtime']);
    expect(result.findings[1]?.message).toMatch(/unknown scope "weird"/);
  });

  it('turns malformed XML and wrong roots into LockfileParseError with the line', () => {
    const broken = pom(dep('a', '1')).replace('</dependencies>', '</dependency>');
    let error: unknown;
    try {
      parseText(broken);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(LockfileParseError);
    expect((error as LockfileParseError).line).toBe(8);
    expect(() => parseText('<settings/>')).toThrow(/expected a <project> root/);
    expect(() => parseText('<project><__proto__>1</__proto__></project>')).toThrow(LockfileParseError);
  });

  it('does not expand DOCTYPE entities', () => {
    const text = `<?xml version="1.0"?>
<!DOCTYPE project [<!ENTITY v "9.9.9">]>
<project><dependencies>${dep('a', '&v;')}</dependencies></project>`;
    const result = parseText(text);
    expect(result.packages.map((p) => p.version)).not.toContain('9.9.9');
  });

  it('turns mutated input into LockfileParseError or a clean parse', () => {
    expectOnlyParseErrors(mavenFormat, {
      path: 'pom.xml',
      text: readFixture('maven/properties-and-scopes/pom.xml'),
    });
  });
});

describe('Maven version order', () => {
  it('orders the examples from the issue and the Maven docs', () => {
    expectAscending(mavenScheme, [
      '1.0-alpha-1',
      '1.0-beta',
      '1.0-rc1',
      '1.0-SNAPSHOT',
      '1.0',
      '1.0-sp1',
      '1.0.1',
    ]);
    expectAscending(mavenScheme, [
      '1-alpha',
      '1.0-alpha-2',
      '1.0-a3',
      '1.0-b2',
      '1.0-milestone-1',
      '1.0-M2',
      '1.0-CR2',
      '1.0',
      '1.0-jre',
      '1.1',
      '1.10',
      '2.0.0-alpha',
      '2.0',
      '5.0.5.RELEASE',
      '5.0.6',
    ]);
    for (const same of ['1', '1.0.0', '1.0-final', '1-ga', '1.0.0.RELEASE'])
      expect(mavenScheme.compare('1.0', same)).toBe(0);
  });

  it('agrees with Maven 3.8.7 ComparableVersion on recorded pairs', () => {
    const lines = readFixture('maven/comparable-version-oracle/pairs.txt')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    let checked = 0;
    for (const line of lines) {
      const [a, op, b] = line.split(' ') as [string, string, string];
      // Shapes where Maven's own order has cycles are declined (see isWellShaped): null, not a guess.
      if (mavenScheme.parse(a) === null || mavenScheme.parse(b) === null) {
        expect(mavenScheme.compare(a, b)).toBeNull();
        continue;
      }
      checked++;
      const expected = op === '<' ? -1 : op === '>' ? 1 : 0;
      expect([line, Math.sign(mavenScheme.compare(a, b) ?? NaN) + 0]).toEqual([line, expected]);
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('parses release components and pre-release qualifiers', () => {
    expect(mavenScheme.parse('1.0-alpha-1')).toEqual({ release: [1, 0], prerelease: true });
    expect(mavenScheme.parse('32.1.3-jre')).toEqual({ release: [32, 1, 3], prerelease: false });
    expect(mavenScheme.parse('5.0.5.RELEASE')).toEqual({ release: [5, 0, 5], prerelease: false });
    expect(mavenScheme.parse('1.0 beta')).toBeNull();
    // Maven itself orders jre > 0 > 0.beta > jre: such shapes are declined rather than half-ordered.
    expect(mavenScheme.compare('jre', '0')).toBeNull();
    expect(mavenScheme.compare('1.x.y', '1')).toBeNull();
    expect(classifyBump('Maven', '2.16.1', '2.17.0')).toBe('minor');
    expect(classifyBump('Maven', '1.0-SNAPSHOT', '1.0')).toBe('prerelease');
    expect(classifyBump('Maven', '32.1.3-jre', '33.0.0-jre')).toBe('major');
  });

  it('is a total order on generated versions', () => {
    const token = fc.constantFrom(
      '0',
      '1',
      '2',
      '10',
      '01',
      'alpha',
      'a',
      'b',
      'beta',
      'm',
      'rc',
      'cr',
      'SNAPSHOT',
      'ga',
      'final',
      'sp',
      'jre',
      'x',
    );
    const separator = fc.constantFrom('.', '-', '');
    const version = fc
      .tuple(token, fc.array(fc.tuple(separator, token), { maxLength: 5 }))
      .map(([first, rest]) => first + rest.map(([s, t]) => s + t).join(''))
      .filter((v) => mavenScheme.parse(v) !== null);
    expectTotalOrder(mavenScheme, version, 3000);
  });
});
