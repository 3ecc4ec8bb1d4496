import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planOsvQuery } from '../../src/enrich/osv.js';
import { diffInventories } from '../../src/inventory/diff.js';
import { buildInventory } from '../../src/inventory/inventory.js';
import { composeFormat } from '../../src/lockfiles/compose.js';
import { dockerfileFormat } from '../../src/lockfiles/dockerfile.js';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { githubActionsFormat } from '../../src/lockfiles/github-actions.js';
import { expandVariables, parseImageReference } from '../../src/lockfiles/image-reference.js';
import { findFormat } from '../../src/lockfiles/index.js';
import type { ParsedLockfile } from '../../src/lockfiles/types.js';
import { parseRegisterKey } from '../../src/register/keys.js';
import { registryUrl } from '../../src/register/registry-links.js';
import { dockerScheme } from '../../src/versions/docker.js';
import { change } from '../support/builders.js';
import { classifyBump } from '../../src/versions/index.js';
import { expectAscending, expectOnlyParseErrors, expectTotalOrder, readFixture } from './mutate-input.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const C = 'c'.repeat(64);

/** `name@version [#digest] scope`, in the order the parser found them. */
function summary(parsed: ParsedLockfile): string[] {
  return parsed.packages.map(
    (p) => `${p.name}@${p.version}${p.ref ? ` #${p.ref.slice(7, 11)}` : ''} ${p.scope}`,
  );
}

const dockerfile = (text: string, path = 'Dockerfile'): ParsedLockfile =>
  dockerfileFormat.parse({ path, text });

describe('which files are read', () => {
  it.each([
    ['Dockerfile', 'dockerfile'],
    ['services/api/Dockerfile', 'dockerfile'],
    ['Containerfile', 'dockerfile'],
    ['Dockerfile.prod', 'dockerfile'],
    ['build/api.Dockerfile', 'dockerfile'],
    ['compose.yaml', 'compose'],
    ['compose.yml', 'compose'],
    ['deploy/docker-compose.yml', 'compose'],
    ['docker-compose.prod.yaml', 'compose'],
    ['docker-compose-dev.yml', 'compose'],
    ['compose.override.yaml', 'compose'],
    ['.github/workflows/compose.yml', 'github-actions'],
  ])('%s is %s', (path, id) => {
    expect(findFormat(path)?.id).toBe(id);
  });

  it.each([
    'Dockerfile.dockerignore',
    '.dockerignore',
    'docker-compose.json',
    'compose.toml',
    'mycompose.yml',
  ])('%s is not read', (path) => {
    expect(findFormat(path)).toBeUndefined();
  });
});

describe('image references', () => {
  it.each([
    ['node', { name: 'node' }],
    ['node:20', { name: 'node', tag: '20' }],
    ['docker.io/library/node:20', { name: 'node', tag: '20' }],
    ['library/node', { name: 'node' }],
    ['bitnami/redis:7.2', { name: 'bitnami/redis', tag: '7.2' }],
    [`node:20@sha256:${A.toUpperCase()}`, { name: 'node', tag: '20', digest: `sha256:${A}` }],
    [`node@sha256:${A}`, { name: 'node', digest: `sha256:${A}` }],
    [
      'GCR.io/distroless/static-debian12:nonroot',
      { name: 'gcr.io/distroless/static-debian12', tag: 'nonroot' },
    ],
    ['localhost:5000/team/app:1', { name: 'localhost:5000/team/app', tag: '1' }],
  ])('%s', (text, expected) => {
    expect(parseImageReference(text)).toEqual(expected);
  });

  it.each(['Node:20', 'node:20@sha256:abc', 'node:', '{{ base }}', 'a/b/:1', `node:${'x'.repeat(200)}`])(
    '%s is refused with a reason',
    (text) => {
      expect(typeof parseImageReference(text)).toBe('string');
    },
  );

  it('expands ${VAR}, defaults and $$, and names what it cannot', () => {
    const known = new Map([
      ['V', '20'],
      ['EMPTY', ''],
    ]);
    expect(expandVariables('node:${V}-$V', known)).toEqual({ value: 'node:20-20' });
    expect(expandVariables('${EMPTY:-x}${EMPTY-y}${UNSET-z}${V:+set}', known)).toEqual({ value: 'xzset' });
    expect(expandVariables('$$HOME', known, true)).toEqual({ value: '$HOME' });
    expect(expandVariables('${NOPE}/x', known)).toEqual({ unresolved: 'NOPE' });
  });
});

describe('Dockerfile', () => {
  it('multi-stage Go build: the builder is build tooling, the distroless image ships', () => {
    const parsed = dockerfile(readFixture('docker/go-distroless/Dockerfile'));
    expect(parsed.format).toBe('dockerfile');
    expect(summary(parsed)).toEqual([
      'golang@1.22.5-bookworm dev',
      'gcr.io/distroless/static-debian12@nonroot #aaaa runtime',
    ]);
    expect(parsed.packages[1]).toMatchObject({
      ecosystem: 'docker',
      direct: true,
      ref: `sha256:${A}`,
      purl: `pkg:docker/distroless/static-debian12@sha256:${A}?repository_url=gcr.io`,
    });
    expect(parsed.packages[0]!.purl).toBe('pkg:docker/library/golang@1.22.5-bookworm');
    expect(parsed.findings).toEqual([]);
  });

  it('one base in several stages is one item; a heredoc script is not read as instructions', () => {
    const parsed = dockerfile(readFixture('docker/node-renovate/Dockerfile'));
    expect(summary(parsed)).toEqual(['node@20.11.1-bookworm-slim #bbbb runtime']);
    expect(parsed.findings).toEqual([]);
  });

  it('reads the escape directive, COPY --from an image, and reports a FROM no ARG default resolves', () => {
    const parsed = dockerfile(readFixture('docker/python-uv/Containerfile'), 'Containerfile');
    // `app` is only copied from by the final stage: what it is built from is build tooling.
    expect(summary(parsed)).toEqual(['python@3.12-slim-bookworm dev', 'ghcr.io/astral-sh/uv@0.4.20 dev']);
    expect(parsed.findings).toEqual([
      {
        lockfile: 'Containerfile',
        line: 12,
        message: expect.stringContaining(
          'uses ${BASE_REGISTRY}, which no ARG default before the first FROM sets',
        ),
      },
    ]);
  });

  it('skips scratch and earlier stages by name (any case) or index', () => {
    const parsed = dockerfile(
      [
        'FROM golang:1.22 AS Build',
        'FROM build AS test',
        'FROM scratch',
        'COPY --from=0 /out /out',
        'COPY --from=BUILD /out /out2',
      ].join('\n'),
    );
    // `test` is built FROM the builder and nothing uses it: a possible target, so the builder ships.
    expect(summary(parsed)).toEqual(['golang@1.22 runtime']);
  });

  it('ships every stage a target is built FROM, and each unused stage may be a target', () => {
    const parsed = dockerfile(
      [
        'FROM debian:12 AS base',
        'FROM base AS prod',
        'FROM alpine:3.20 AS tools',
        'FROM busybox:1.36 AS debug',
      ].join('\n'),
    );
    expect(summary(parsed)).toEqual(['debian@12 runtime', 'alpine@3.20 runtime', 'busybox@1.36 runtime']);
  });

  it('reads ARG defaults only before the first FROM; stage ARGs do not reach FROM', () => {
    const parsed = dockerfile(
      ['ARG TAG=3.20', 'FROM alpine:${TAG}', 'ARG LATER=1', 'FROM alpine:${LATER}'].join('\n'),
    );
    expect(summary(parsed)).toEqual(['alpine@3.20 runtime']);
    expect(parsed.findings).toMatchObject([{ line: 4, message: expect.stringContaining('${LATER}') }]);
  });

  it('joins continuation lines and names the first line of the instruction', () => {
    const parsed = dockerfile(['FROM \\', '  --platform=linux/amd64 \\', '  Alpine:3.20'].join('\n'));
    expect(parsed.findings).toEqual([
      {
        lockfile: 'Dockerfile',
        line: 1,
        message: expect.stringContaining('Alpine:3.20 is not an image reference'),
      },
    ]);
  });

  it('lists an unpinned image at latest, and a template placeholder as a finding', () => {
    expect(summary(dockerfile('FROM ubuntu'))).toEqual(['ubuntu@latest runtime']);
    expect(dockerfile('FROM {{ base_image }}', 'Dockerfile.j2').findings).toMatchObject([{ line: 1 }]);
  });

  it('says so when there is no FROM, and refuses a FROM without an image', () => {
    expect(dockerfile('# nothing here\n').findings).toMatchObject([
      { message: expect.stringContaining('no FROM') },
    ]);
    expect(() => dockerfile('FROM node:20\nFROM --platform=linux/amd64\n')).toThrow(LockfileParseError);
    try {
      dockerfile('FROM node:20\n\nFROM --platform=linux/amd64\n');
    } catch (error) {
      expect((error as LockfileParseError).line).toBe(3);
    }
  });

  it('turns mutated input into LockfileParseError or a clean parse', () => {
    expectOnlyParseErrors(dockerfileFormat, {
      path: 'Dockerfile',
      text: readFixture('docker/node-renovate/Dockerfile'),
    });
  });
});

describe('compose files', () => {
  it('lists service images, follows merge keys and defaults, and reports built and unresolvable ones', () => {
    const parsed = composeFormat.parse({
      path: 'docker-compose.yml',
      text: readFixture('docker/compose/docker-compose.yml'),
    });
    expect(parsed.format).toBe('compose');
    expect(summary(parsed)).toEqual([
      'postgres@16.3-alpine3.20 runtime',
      'redis@7.2.5 #cccc runtime',
      'ghcr.io/acme/pump-gateway@1.4.0 runtime',
      'otel/opentelemetry-collector-contrib@0.104.0 runtime',
    ]);
    expect(parsed.packages[1]!.ref).toBe(`sha256:${C}`);
    expect(parsed.findings).toEqual([
      {
        lockfile: 'docker-compose.yml',
        line: 18,
        message: expect.stringContaining('service "api" is built here'),
      },
      {
        lockfile: 'docker-compose.yml',
        line: 25,
        message: expect.stringContaining('uses ${WORKER_IMAGE} with no default'),
      },
    ]);
  });

  it('reads a development override as dev', () => {
    const parsed = composeFormat.parse({
      path: 'compose.override.yaml',
      text: readFixture('docker/compose/compose.override.yaml'),
    });
    expect(summary(parsed)).toEqual(['mailhog/mailhog@v1.0.1 dev']);
  });

  it.each([
    ['services:\n  a:\n    image: [1]\n', 3, 'image of service "a" to be a string'],
    ['services: [a]\n', 1, '"services" to be a mapping'],
    ['services:\n  a: {}\n  a: {}\n', 3, 'invalid YAML'],
  ])('rejects %j at line %i', (text, line, detail) => {
    try {
      composeFormat.parse({ path: 'compose.yaml', text });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LockfileParseError);
      expect((error as LockfileParseError).line).toBe(line);
      expect((error as LockfileParseError).detail).toContain(detail);
    }
  });

  it('turns mutated input into LockfileParseError or a clean parse', () => {
    expectOnlyParseErrors(composeFormat, {
      path: 'docker-compose.yml',
      text: readFixture('docker/compose/docker-compose.yml'),
    });
  });
});

describe('workflow containers and services', () => {
  it('lists job containers, service images and docker:// steps in the one parse of the workflow', () => {
    const path = '.github/workflows/integration.yml';
    const parsed = githubActionsFormat.parse({
      path,
      text: readFixture(`docker/workflow/${path}`),
    });
    expect(summary(parsed)).toEqual([
      'node@20-bookworm dev',
      'postgres@16 dev',
      'actions/checkout@v4 dev',
      'hadolint/hadolint@v2.12.0 dev',
      'ghcr.io/acme/ci-tools@2024.06 #dddd dev',
    ]);
    expect(parsed.packages.filter((p) => p.ecosystem === 'docker')).toHaveLength(4);
    expect(parsed.findings).toEqual([
      {
        lockfile: path,
        line: 17,
        message: expect.stringContaining('${{ matrix.redis }} is set by an expression'),
      },
    ]);
  });
});

describe('docker tag versions', () => {
  it.each([
    ['20', '22', 'major'],
    ['3.12-slim', '3.13-slim', 'minor'],
    ['1.22.4-bookworm', '1.22.5-bookworm', 'patch'],
    ['3.13.0rc1', '3.13.0', 'prerelease'],
    ['v2.11.0', 'v2.12.0', 'minor'],
    ['20.11.1', '20.10.0', 'downgrade'],
    ['20-alpine', '20-bookworm', 'unknown'],
    ['latest', '20', 'unknown'],
    ['20', '20', 'unknown'],
  ])('%s -> %s is %s', (from, to, bump) => {
    expect(classifyBump('docker', from, to)).toBe(bump);
  });

  it('orders tags of one variant', () => {
    expectAscending(dockerScheme, ['3.12.0a1', '3.12.0b2', '3.12.0rc1', '3.12.0', '3.12.1', '3.13', 'v4']);
  });

  it('is a total order on the tags it accepts', () => {
    expectTotalOrder(
      dockerScheme,
      fc
        .tuple(fc.nat(30), fc.nat(30), fc.option(fc.constantFrom('rc1', 'a2', 'b1'), { nil: undefined }))
        .map(([a, b, pre]) => `${a}.${b}${pre ?? ''}-alpine`),
    );
  });
});

describe('image changes in the diff', () => {
  const diff = async (before: string, after: string) =>
    diffInventories(
      await buildInventory([{ path: 'Dockerfile', text: before }]),
      await buildInventory([{ path: 'Dockerfile', text: after }]),
    ).changes;

  it('a tag bump is an update with its bump class', async () => {
    expect(await diff('FROM node:20.11.1-alpine3.19\n', 'FROM node:22.2.0-alpine3.19\n')).toMatchObject([
      {
        type: 'updated',
        ecosystem: 'docker',
        name: 'node',
        from: '20.11.1-alpine3.19',
        to: '22.2.0-alpine3.19',
        bump: 'major',
      },
    ]);
  });

  it('a Renovate digest bump under the same tag is an update with both digests', async () => {
    expect(await diff(`FROM node:20@sha256:${A}\n`, `FROM node:20@sha256:${B}\n`)).toEqual([
      {
        type: 'updated',
        ecosystem: 'docker',
        name: 'node',
        from: '20',
        to: '20',
        bump: 'unknown',
        direct: true,
        scope: 'runtime',
        lockfile: 'Dockerfile',
        purl: `pkg:docker/library/node@sha256:${B}`,
        fromRef: `sha256:${A}`,
        toRef: `sha256:${B}`,
      },
    ]);
  });

  it('an image pinned by digest alone has the digest as its version and no ref repeating it', async () => {
    const [pkg] = dockerfile(`FROM node@sha256:${A}\n`).packages;
    expect(pkg).toMatchObject({ name: 'node', version: `sha256:${A}` });
    expect(pkg).not.toHaveProperty('ref');
    expect(await diff(`FROM node@sha256:${A}\n`, `FROM node@sha256:${B}\n`)).toMatchObject([
      { type: 'updated', from: `sha256:${A}`, to: `sha256:${B}`, bump: 'unknown' },
    ]);
  });

  it('pinning a tag to its digest is an update too: the identity gained a digest', async () => {
    expect(await diff('FROM node:20\n', `FROM node:20@sha256:${A}\n`)).toMatchObject([
      { type: 'updated', from: '20', to: '20', toRef: `sha256:${A}` },
    ]);
  });
});

describe('images beyond the parser', () => {
  const image = { ...change(), ecosystem: 'docker' as const, name: 'node', from: '20', to: '22' };

  it('are not asked of OSV, which lists no images (a batch with them would fail), but left unchecked', () => {
    expect(planOsvQuery(image, 'to')).toEqual({ unchecked: expect.stringContaining('OSV lists no images') });
  });

  it('link to Docker Hub where the image lives there', () => {
    expect(registryUrl('docker', 'node', '22')).toBe('https://hub.docker.com/_/node/tags?name=22');
    expect(registryUrl('docker', 'bitnami/redis', '7.2')).toBe(
      'https://hub.docker.com/r/bitnami/redis/tags?name=7.2',
    );
    expect(registryUrl('docker', 'gcr.io/distroless/static', 'nonroot')).toBeUndefined();
  });

  it('have register keys like every ecosystem', () => {
    expect(parseRegisterKey('docker/gcr.io/distroless/static')).toEqual({
      ecosystem: 'docker',
      name: 'gcr.io/distroless/static',
    });
  });
});
