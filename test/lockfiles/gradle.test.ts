import { describe, expect, it } from 'vitest';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { classifyConfiguration, gradleFormat } from '../../src/lockfiles/gradle.js';
import { findFormat } from '../../src/lockfiles/index.js';
import { expectOnlyParseErrors, parseFixture, readFixture } from './ecosystem-properties.js';

const HEADER = '# This is a Gradle generated file for dependency locking.\n';

function parseText(text: string, path = 'app/gradle.lockfile') {
  return gradleFormat.parse({ path, text });
}

describe('gradle.lockfile', () => {
  it('is found for project, buildscript, settings and per-configuration lock files', () => {
    expect(findFormat('gradle.lockfile')?.id).toBe('gradle');
    expect(findFormat('app/buildscript-gradle.lockfile')?.id).toBe('gradle');
    expect(findFormat('settings-gradle.lockfile')?.id).toBe('gradle');
    expect(findFormat('lib/gradle/dependency-locks/compileClasspath.lockfile')?.id).toBe('gradle');
    expect(findFormat('other.lockfile')).toBeUndefined();
  });

  it('names packages group:artifact and takes scope from the configurations', () => {
    const result = parseFixture(gradleFormat, 'gradle/project-lockfile/gradle.lockfile');
    expect(result.format).toBe('gradle-lockfile');
    const scopes = Object.fromEntries(result.packages.map((p) => [`${p.name}:${p.version}`, p.scope]));
    expect(scopes).toEqual({
      'com.google.guava:guava:32.1.3-jre': 'runtime',
      'com.google.guava:failureaccess:1.0.1': 'runtime',
      // annotationProcessor + compileClasspath: compile-only is kept under review (see classifyConfiguration).
      'org.projectlombok:lombok:1.18.30': 'runtime',
      'com.google.dagger:dagger-compiler:2.50': 'dev',
      'org.junit.jupiter:junit-jupiter-api:5.10.1': 'dev',
      'androidx.test:runner:1.5.2': 'dev',
      'org.jetbrains.kotlin:kotlin-compiler-embeddable:1.9.22': 'dev',
      'com.example:mystery:1.0': 'runtime',
      'org.springframework:spring-core:5.0.5.RELEASE': 'runtime',
    });
    const guava = result.packages[0];
    expect(guava).toMatchObject({
      ecosystem: 'Maven',
      direct: null,
      purl: 'pkg:maven/com.google.guava/guava@32.1.3-jre',
      lockfile: 'gradle/project-lockfile/gradle.lockfile',
    });
    expect(guava?.integrity).toBeUndefined();
  });

  it('reports unknown configurations with their line, and why direct is unknown', () => {
    const result = parseFixture(gradleFormat, 'gradle/project-lockfile/gradle.lockfile');
    expect(result.findings).toEqual([
      expect.objectContaining({
        line: 11,
        message: expect.stringMatching(/"customThing" is not one we know/),
      }),
      expect.objectContaining({ message: expect.stringMatching(/does not tell direct from transitive/) }),
    ]);
  });

  it('counts everything in buildscript-gradle.lockfile as build tooling', () => {
    const result = parseFixture(gradleFormat, 'gradle/buildscript/buildscript-gradle.lockfile');
    expect(result.packages.map((p) => [p.name, p.scope])).toEqual([
      ['com.github.ben-manes:gradle-versions-plugin', 'dev'],
      ['org.jetbrains.kotlin:kotlin-gradle-plugin', 'dev'],
    ]);
    expect(result.findings.filter((f) => /not one we know/.test(f.message))).toEqual([]);
  });

  it('reads the pre-Gradle-7 per-configuration layout, configuration from the file name', () => {
    const dir = 'gradle/per-configuration/gradle/dependency-locks';
    const compile = parseFixture(gradleFormat, `${dir}/compileClasspath.lockfile`);
    const test = parseFixture(gradleFormat, `${dir}/testRuntimeClasspath.lockfile`);
    expect(compile.format).toBe('gradle-per-configuration');
    expect(compile.packages.map((p) => `${p.name}:${p.version}:${p.scope}`)).toEqual([
      'org.apache.commons:commons-lang3:3.14.0:runtime',
      'org.slf4j:slf4j-api:2.0.9:runtime',
    ]);
    expect(test.packages.every((p) => p.scope === 'dev')).toBe(true);
  });

  it('merges a coordinate listed twice and keeps runtime when any configuration ships', () => {
    const result = parseText(`${HEADER}g:a:1=testRuntimeClasspath\ng:a:1=runtimeClasspath\n`);
    expect(result.packages).toHaveLength(1);
    expect(result.packages[0]?.scope).toBe('runtime');
  });

  it('classifies Android, KMP and tooling configurations', () => {
    expect(classifyConfiguration('releaseRuntimeClasspath')).toBe('runtime');
    expect(classifyConfiguration('jvmMainCompileClasspath')).toBe('runtime');
    expect(classifyConfiguration('debugUnitTestRuntimeClasspath')).toBe('dev');
    expect(classifyConfiguration('integrationTestRuntimeClasspath')).toBe('dev');
    expect(classifyConfiguration('testFixturesRuntimeClasspath')).toBe('dev');
    expect(classifyConfiguration('kaptDebug')).toBe('dev');
    expect(classifyConfiguration('kspKotlin')).toBe('dev');
    expect(classifyConfiguration('debugAnnotationProcessorClasspath')).toBe('dev');
    expect(classifyConfiguration('detekt')).toBe('dev');
    expect(classifyConfiguration('jacocoAgent')).toBe('dev');
    expect(classifyConfiguration('customThing')).toBe('unknown');
  });

  it('rejects lines that are not lock entries, with the line', () => {
    expect(() => parseText(`${HEADER}g:a=runtimeClasspath\n`)).toThrow(
      /gradle\.lockfile:2: expected "group:artifact:version"/,
    );
    expect(() => parseText(`${HEADER}\ng:a:1\n`)).toThrow(
      /:3: expected "group:artifact:version=configurations"/,
    );
    expect(() => parseText('g:a:1:2=runtimeClasspath')).toThrow(LockfileParseError);
  });

  it('lists nothing for a lock file of empty configurations', () => {
    expect(parseText(`${HEADER}empty=compileClasspath,runtimeClasspath\n`)).toEqual({
      format: 'gradle-lockfile',
      packages: [],
      findings: [],
    });
  });

  it('turns mutated input into LockfileParseError or a clean parse', () => {
    expectOnlyParseErrors(gradleFormat, {
      path: 'gradle.lockfile',
      text: readFixture('gradle/project-lockfile/gradle.lockfile'),
    });
  });
});
