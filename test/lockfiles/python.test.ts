import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVersions, getVersionScheme } from '../../src/versions/index.js';
import { LockfileParseError } from '../../src/lockfiles/errors.js';
import { findFormat } from '../support/all-formats.js';
import { normalizePythonName } from '../../src/lockfiles/python/normalize.js';
import { pdmFormat } from '../../src/lockfiles/python/pdm.js';
import { pipfileFormat } from '../../src/lockfiles/python/pipfile.js';
import { poetryFormat } from '../../src/lockfiles/python/poetry.js';
import {
  isRequirementsPath,
  requirementsFormat,
  scopeForRequirementsPath,
} from '../../src/lockfiles/python/requirements.js';
import { uvFormat } from '../../src/lockfiles/python/uv.js';
import type { LockfileInput, Package, ParsedLockfile } from '../../src/lockfiles/types.js';

const FIXTURES = resolve(__dirname, '../fixtures/python');

/** A LockfileInput from a fixture folder: the lockfile at `path`, manifests beside it when present. */
function fixture(folder: string, path: string, manifestNames: string[] = []): LockfileInput {
  const manifests = new Map<string, string>();
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
  for (const name of manifestNames)
    manifests.set(`${dir}${name}`, readFileSync(join(FIXTURES, folder, dir, name), 'utf8'));
  return { path, text: readFileSync(join(FIXTURES, folder, path), 'utf8'), manifests };
}

function byName(result: ParsedLockfile, name: string, version?: string): Package {
  const found = result.packages.filter(
    (pkg) => pkg.name === name && (version === undefined || pkg.version === version),
  );
  expect(found, `${name}${version ? `@${version}` : ''}`).toHaveLength(1);
  return found[0]!;
}

function summary(result: ParsedLockfile): string[] {
  return result.packages
    .map(
      (pkg) =>
        `${pkg.name}@${pkg.version} ${pkg.scope} direct=${String(pkg.direct)}${pkg.source ? ` ${pkg.source}` : ''}`,
    )
    .sort();
}

describe('PEP 503 names', () => {
  it('lowercases and collapses runs of - _ .', () => {
    expect(normalizePythonName('Zope.Interface')).toBe('zope-interface');
    expect(normalizePythonName('Sphinx_RTD.__Theme')).toBe('sphinx-rtd-theme');
    expect(normalizePythonName('PyYAML')).toBe('pyyaml');
  });
});

describe('requirements.txt', () => {
  it('claims requirements*.txt and requirements/*.txt only', () => {
    for (const path of [
      'requirements.txt',
      'a/requirements-dev.txt',
      'dev-requirements.txt',
      'requirements/main.txt',
      'requirements_test.txt',
    ]) {
      expect(isRequirementsPath(path), path).toBe(true);
    }
    for (const path of ['requirements.in', 'requirements/main.in', 'notes.txt', 'myrequirementsfile.txt']) {
      expect(isRequirementsPath(path), path).toBe(false);
    }
    expect(findFormat('requirements/docs.txt')?.id).toBe('requirements');
  });

  it('takes scope from the file name', () => {
    expect(scopeForRequirementsPath('requirements.txt')).toBe('runtime');
    expect(scopeForRequirementsPath('requirements/main.txt')).toBe('runtime');
    expect(scopeForRequirementsPath('requirements/build.txt')).toBe('runtime');
    for (const path of [
      'requirements-dev.txt',
      'dev-requirements.txt',
      'requirements/dev.txt',
      'requirements/tests-pallets-min.txt',
      'requirements_lint.txt',
      'requirements/docs.txt',
      'requirements/typing.txt',
    ]) {
      expect(scopeForRequirementsPath(path), path).toBe('dev');
    }
  });

  it('reads hashes, markers, extras and === pins of a hand-written file (all direct)', () => {
    const result = requirementsFormat.parse(
      fixture('requirements-hashes-markers-extras', 'requirements.txt'),
    );
    expect(result.format).toBe('requirements');
    expect(result.findings).toEqual([]);
    expect(summary(result)).toEqual([
      'django@4.2.11 runtime direct=true',
      'importlib-metadata@6.0.0 runtime direct=true',
      'uvicorn@0.29.0 runtime direct=true',
      'zope-interface@6.2 runtime direct=true',
    ]);
    const django = byName(result, 'django');
    expect(django.integrity).toBe(
      'sha256:6e6ff3db2d8dd0c986b4eec8554c8e4f919b5c1ff62a5b4390c17aff2ed6e5c4 sha256:ddc24a0a8280a0430baa37aff11f28574720af05888c62b7cfe71d219f4599d3',
    );
    expect(django.purl).toBe('pkg:pypi/django@4.2.11');
    expect(byName(result, 'importlib-metadata').integrity).toBe(
      'sha256:7efb448ec9a5e313a57655d35aa54cd3e01b7e1fbcf72dce1bf06119420f5bad',
    );
    expect(byName(result, 'uvicorn').integrity).toMatch(/^sha256:2c2aac/);
  });

  it('tells direct from transitive by pip-compile `# via` annotations, multi-line and inline', () => {
    const result = requirementsFormat.parse(fixture('requirements-via-annotations', 'requirements/main.txt'));
    expect(result.format).toBe('requirements-pip-compile');
    expect(result.findings).toEqual([]);
    expect(summary(result)).toEqual([
      'alembic@1.13.1 runtime direct=true',
      'jinja2@3.1.3 runtime direct=true',
      'mako@1.3.2 runtime direct=false',
      'markupsafe@2.1.5 runtime direct=false',
      'pyyaml@6.0.1 runtime direct=true',
      // only constrained, never required by an input file
      'setuptools@69.1.1 runtime direct=false',
    ]);
    expect(byName(result, 'alembic').integrity?.split(' ')).toHaveLength(2);
  });

  it('reads old pip-compile output, where only transitive pins were annotated', () => {
    const result = requirementsFormat.parse(fixture('requirements-old-pip-compile', 'requirements.txt'));
    expect(summary(result)).toEqual([
      'amqp@2.6.1 runtime direct=false',
      'celery@4.4.7 runtime direct=true',
      'click@6.3 runtime direct=true',
      'kombu@4.6.11 runtime direct=false',
    ]);
    expect(byName(result, 'amqp').integrity).toMatch(/^sha256:70cdb/);
  });

  it('reports includes, unpinned, editable, URL and unknown-option lines with their line, ignores index options', () => {
    const result = requirementsFormat.parse(fixture('requirements-include-unpinned', 'requirements-dev.txt'));
    expect(summary(result)).toEqual([
      'pytest@8.1.1 dev direct=true',
      'sphinx-rtd-theme@2.0.0 dev direct=true',
    ]);
    const lines = result.findings.map((finding) => [finding.line, finding.message]);
    expect(lines).toEqual([
      [1, expect.stringContaining('includes requirements.txt')],
      [2, expect.stringContaining('constraints file constraints.txt')],
      [8, expect.stringContaining('black >=24 is not pinned')],
      [9, expect.stringContaining('flake8 is not pinned')],
      [11, expect.stringContaining('https://example.org/pkgs/thing-1.0.tar.gz is a URL or path')],
      [12, expect.stringContaining('mylib comes from a direct URL reference')], // @v1.0 is a tag, not a commit
      [14, expect.stringContaining('unknown option --totally-unknown-option')],
      [10, expect.stringContaining('first-party code, not SOUP, so not listed: . (.)')], // -e .
    ]);
    expect(result.findings.every((finding) => finding.lockfile === 'requirements-dev.txt')).toBe(true);
  });

  it('marks every pin of a generated file without annotations as unknowable', () => {
    const text =
      '# This file was autogenerated by uv via the following command:\n#    uv pip compile --no-annotate requirements.in\nidna==3.6\n';
    const result = requirementsFormat.parse({ path: 'requirements.txt', text });
    expect(result.format).toBe('requirements-uv');
    expect(summary(result)).toEqual(['idna@3.6 runtime direct=null']);
  });

  it('keeps both pins of one name under different markers', () => {
    const text = 'numpy==1.21.6 ; python_version < "3.8"\nnumpy==1.26.4 ; python_version >= "3.8"\n';
    expect(summary(requirementsFormat.parse({ path: 'requirements.txt', text }))).toEqual([
      'numpy@1.21.6 runtime direct=true',
      'numpy@1.26.4 runtime direct=true',
    ]);
  });
});

describe('requirements.txt: options, variables, folders and commits', () => {
  const parse = (text: string) => requirementsFormat.parse({ path: 'requirements.txt', text });

  it('keeps a pinned line pinned whatever per-requirement options follow it (pip splits at the first -word)', () => {
    const result = parse(
      [
        'numpy==1.26.4 -C setup-args=-Dblas=openblas --hash=sha256:aaa',
        'lxml==5.2.1 --config-settings="--build-option=--static-deps"',
        'pyyaml==6.0.1 --global-option="--with-libyaml" --hash sha256:bbb',
        'scipy == 1.13.0 ; python_version >= "3.9" --hash=sha256:ccc',
        'odd==1.0 --frobnicate',
        '',
      ].join('\n'),
    );
    expect(summary(result)).toEqual([
      'lxml@5.2.1 runtime direct=true',
      'numpy@1.26.4 runtime direct=true',
      'odd@1.0 runtime direct=true',
      'pyyaml@6.0.1 runtime direct=true',
      'scipy@1.13.0 runtime direct=true',
    ]);
    expect(byName(result, 'numpy').integrity).toBe('sha256:aaa');
    expect(byName(result, 'pyyaml').integrity).toBe('sha256:bbb');
    expect(result.findings).toEqual([
      {
        lockfile: 'requirements.txt',
        line: 5,
        message: 'unknown per-requirement option --frobnicate: passed over',
      },
    ]);
  });

  it('says a version taken from an environment variable is no version', () => {
    const result = parse('requests==2.31.0\nmylib==${MYLIB_VERSION}\nother==1.${MINOR}.0 --hash=sha256:x\n');
    expect(summary(result)).toEqual(['requests@2.31.0 runtime direct=true']);
    expect(result.findings.map((f) => [f.line, f.message])).toEqual([
      [
        2,
        'mylib==${MYLIB_VERSION} takes its version from an environment variable when pip installs it: the file names no version, not inventoried',
      ],
      [3, expect.stringContaining('other==1.${MINOR}.0 takes its version from an environment variable')],
    ]);
  });

  it('passes local folders over as first-party in one finding; a local archive is still a URL or path', () => {
    const result = parse(
      [
        '-e .',
        '-e ./libs/core',
        './tools/helper',
        'mypkg @ file:///srv/app/mypkg',
        './dist/thing-1.0.tar.gz',
        '',
      ].join('\n'),
    );
    expect(result.packages).toEqual([]);
    expect(result.findings.map((f) => [f.line, f.message])).toEqual([
      [5, expect.stringContaining('./dist/thing-1.0.tar.gz is a URL or path')],
      [
        1,
        '4 packages resolve from local folders: first-party code, not SOUP, so not listed: . (.), core (./libs/core), helper (./tools/helper), mypkg (/srv/app/mypkg)',
      ],
    ]);
  });

  it('lists a VCS reference pinned to a full commit with the commit as version and ref', () => {
    const sha = 'a'.repeat(40);
    const result = parse(
      [
        `mylib @ git+https://github.com/example/mylib@${sha}`,
        `-e git+https://github.com/example/tool.git@${sha.toUpperCase()}#egg=tool`,
        'other @ git+https://github.com/example/other@main',
        '',
      ].join('\n'),
    );
    expect(summary(result)).toEqual([
      `mylib@${sha} runtime direct=true git`,
      `tool@${sha} runtime direct=true git`,
    ]);
    expect(byName(result, 'mylib')).toMatchObject({ ref: sha });
    expect(byName(result, 'mylib').purl).toBe(
      `pkg:pypi/mylib@${sha}?vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fexample%2Fmylib%40${sha}`,
    );
    expect(result.findings.map((f) => f.line)).toEqual([3]);
  });
});

describe('Python path and editable dependencies are first-party', () => {
  it('uv: a directory, editable or virtual package beside the project is not listed, and what it needs is direct', () => {
    const text = [
      'version = 1',
      '',
      '[[package]]',
      'name = "app"',
      'version = "0.1.0"',
      'source = { editable = "." }',
      'dependencies = [{ name = "helper" }]',
      '',
      '[[package]]',
      'name = "helper"',
      'version = "0.2.0"',
      'source = { directory = "../helper" }',
      'dependencies = [{ name = "idna" }]',
      '',
      '[[package]]',
      'name = "idna"',
      'version = "3.10"',
      'source = { registry = "https://pypi.org/simple" }',
      '',
      '[[package]]',
      'name = "wheelpkg"',
      'version = "1.0.0"',
      'source = { path = "dist/wheelpkg-1.0.0-py3-none-any.whl" }',
      '',
    ].join('\n');
    const result = uvFormat.parse({ path: 'uv.lock', text });
    expect(summary(result)).toEqual([
      'idna@3.10 runtime direct=true',
      'wheelpkg@1.0.0 runtime direct=false file',
    ]);
    expect(result.findings.map((f) => [f.line, f.message.split(': ').at(-1)])).toEqual([
      [9, 'helper (../helper)'],
      [undefined, 'scope taken as runtime (wheelpkg@1.0.0)'], // not reachable from the project: said as before
    ]);
  });

  it('pdm: a path to a folder or an editable is first-party; a path to a wheel is a package from a file', () => {
    const text = [
      '[metadata]',
      'lock_version = "4.5.0"',
      '',
      '[[package]]',
      'name = "helper"',
      'version = "0.2.0"',
      'path = "./libs/helper"',
      'editable = true',
      'groups = ["default"]',
      'dependencies = ["idna>=3"]',
      '',
      '[[package]]',
      'name = "idna"',
      'version = "3.10"',
      'groups = ["default"]',
      '',
      '[[package]]',
      'name = "wheelpkg"',
      'version = "1.0.0"',
      'path = "./dist/wheelpkg-1.0.0-py3-none-any.whl"',
      'groups = ["default"]',
      '',
    ].join('\n');
    const result = pdmFormat.parse({ path: 'pdm.lock', text });
    expect(summary(result)).toEqual([
      'idna@3.10 runtime direct=true',
      'wheelpkg@1.0.0 runtime direct=null file',
    ]);
    expect(result.findings).toEqual([
      {
        lockfile: 'pdm.lock',
        line: 4,
        message:
          '1 package resolves from local folders: first-party code, not SOUP, so not listed: helper (./libs/helper)',
      },
    ]);
  });
});

describe('poetry.lock', () => {
  it('1.1: category main/dev, optional, hashes from [metadata.files], direct from [tool.poetry] tables', () => {
    const result = poetryFormat.parse(fixture('poetry-1.1-category', 'poetry.lock', ['pyproject.toml']));
    expect(result.format).toBe('poetry-lock-1.1');
    expect(result.findings).toEqual([]);
    expect(summary(result)).toEqual([
      'click@8.1.7 runtime direct=true',
      'pluggy@1.4.0 dev direct=false',
      'pytest@7.4.4 dev direct=true',
      'ujson@5.9.0 optional direct=true',
    ]);
    expect(byName(result, 'click').integrity?.split(' ')).toHaveLength(2);
    expect(byName(result, 'pluggy').integrity).toBeUndefined();
  });

  it('2.1: groups (main -> runtime, others only -> dev), optional main -> optional, git/directory sources, PEP 621 + group declarations', () => {
    const result = poetryFormat.parse(fixture('poetry-2.1-groups', 'poetry.lock', ['pyproject.toml']));
    expect(result.format).toBe('poetry-lock-2.1');
    expect(summary(result)).toEqual([
      'attrs@25.3.0 runtime direct=true',
      'docutils@0.21.2 dev direct=false',
      'mylib@1.0.0 runtime direct=true git',
      'orjson@3.10.0 optional direct=true',
      'sphinx@8.1.3 dev direct=true',
    ]);
    // The git source keeps its version; the resolved commit is its ref.
    expect(byName(result, 'mylib')).toMatchObject({ ref: '0123456789abcdef0123456789abcdef01234567' });
    expect(byName(result, 'mylib').purl).toContain(
      'vcs_url=git%2Bhttps%3A%2F%2Fgithub.com%2Fexample%2Fmylib.git%40',
    );
    expect(result.findings.map((f) => f.message)).toEqual([
      '1 package resolves from local folders: first-party code, not SOUP, so not listed: local-helper (../local-helper)',
    ]);
  });

  it('2.0 without category or groups: scope by reachability from pyproject, extras followed', () => {
    const result = poetryFormat.parse(fixture('poetry-2.0-no-category', 'poetry.lock', ['pyproject.toml']));
    expect(result.format).toBe('poetry-lock-2.0');
    expect(result.findings).toEqual([]);
    expect(summary(result)).toEqual([
      'idna@3.6 runtime direct=false',
      'iniconfig@2.0.0 dev direct=false',
      'pysocks@1.7.1 runtime direct=false',
      'pytest@8.1.1 dev direct=true',
      'requests@2.31.0 runtime direct=true',
    ]);
  });

  it('without pyproject.toml: direct is null and a scope it cannot tell is reported', () => {
    const result = poetryFormat.parse(fixture('poetry-2.0-no-category', 'poetry.lock'));
    expect(result.packages.every((pkg) => pkg.direct === null && pkg.scope === 'runtime')).toBe(true);
    expect(result.findings).toHaveLength(1);
  });

  it('files without lock-version keep [metadata.hashes]', () => {
    const result = poetryFormat.parse(fixture('poetry-no-lock-version', 'poetry.lock'));
    expect(result.format).toBe('poetry-lock-1.0-pre');
    expect(summary(result)).toEqual(['pytest@5.3.2 dev direct=null', 'requests@2.22.0 runtime direct=null']);
    expect(byName(result, 'requests').integrity).toBe(
      'sha256:11e007a8a2aa0323f5a921e9e6a2d7e4e67d9877e85773fba9ba6419025cbeb4 sha256:9cf5292fcd0f598c671cfc1e0d7d1a7f13bb8085e9a590f48c010551dc6c4b31',
    );
  });

  it('rejects an unknown lock-version, naming it and the supported ones', () => {
    const text = '[[package]]\nname = "a"\nversion = "1"\n\n[metadata]\nlock-version = "3.0"\n';
    expect(() => poetryFormat.parse({ path: 'poetry.lock', text })).toThrow(
      /lock-version 3\.0 \(supported: .*1\.x, 2\.x\)/,
    );
  });

  it('maps TOML syntax errors to the line', () => {
    try {
      poetryFormat.parse({ path: 'sub/poetry.lock', text: '[[package]]\nname = "a"\nversion = \n' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(LockfileParseError);
      expect((error as LockfileParseError).file).toBe('sub/poetry.lock');
      expect((error as LockfileParseError).line).toBe(3);
    }
  });

  it('names the manifest it needs', () => {
    expect(findFormat('svc/poetry.lock')?.manifests?.('svc/poetry.lock')).toEqual(['svc/pyproject.toml']);
  });
});

describe('uv.lock', () => {
  it('keeps every version of a name split by resolution markers; the virtual root is not SOUP', () => {
    const result = uvFormat.parse(fixture('uv-multi-version', 'uv.lock'));
    expect(result.format).toBe('uv-v1-r2');
    expect(result.findings).toEqual([]);
    expect(summary(result)).toEqual([
      'click@8.1.8 runtime direct=true',
      'click@8.2.0 runtime direct=true',
      'colorama@0.4.6 runtime direct=false',
    ]);
    expect(byName(result, 'click', '8.1.8').integrity).toBe(
      'sha256:63c132bbbed01578a06712a2d1f497bb62d9c1c0d329b7903a866228027263b2 sha256:ed53c9d8990d83c2a27deae68e4ee337473f6330c040a31d4225c9574d16096a',
    );
  });

  it('dev groups and optional dependencies of the editable root are direct dev/optional; extras on edges are followed', () => {
    const result = uvFormat.parse(fixture('uv-dev-groups', 'uv.lock'));
    expect(result.format).toBe('uv-v1-r3');
    expect(result.findings).toEqual([]);
    expect(summary(result)).toEqual([
      'anyio@4.9.0 runtime direct=true',
      'idna@3.10 runtime direct=false',
      'iniconfig@2.1.0 dev direct=false',
      'pytest@8.3.5 dev direct=true',
      'pyyaml@6.0.2 optional direct=true',
      'ruff@0.11.0 dev direct=true git', // its commit from the source URL's fragment is its ref
      // only reachable through anyio[trio], which only the dev group asks for
      'trio@0.30.0 dev direct=false',
    ]);
    expect(byName(result, 'ruff').ref).toBe('abcdef0123456789abcdef0123456789abcdef01');
  });

  it('rejects an empty version string at its line (found by the mutation property, seed -1996174211)', () => {
    const text =
      'version = 1\n\n[[package]]\nname = "idna"\nversion = ""\nsource = { registry = "https://pypi.org/simple" }\n';
    expect(() => uvFormat.parse({ path: 'uv.lock', text })).toThrow(
      /uv\.lock:3.*version of idna to be a non-empty string/,
    );
  });

  it('rejects an unknown version, naming it and the supported ones', () => {
    expect(() => uvFormat.parse({ path: 'uv.lock', text: 'version = 2\n' })).toThrow(
      /uv\.lock version 2 \(supported: 1\)/,
    );
  });
});

describe('Pipfile.lock', () => {
  it('default -> runtime, develop -> dev, direct from the Pipfile, a git entry by its commit', () => {
    const result = pipfileFormat.parse(fixture('pipfile-default-develop', 'Pipfile.lock', ['Pipfile']));
    expect(result.format).toBe('pipfile-lock-v6');
    const sha = '0123456789abcdef0123456789abcdef01234567';
    expect(summary(result)).toEqual([
      'certifi@2024.2.2 runtime direct=false',
      'iniconfig@2.0.0 dev direct=false',
      `mylib@${sha} runtime direct=true git`, // Pipfile.lock records no version for it
      'pytest@8.1.1 dev direct=true',
      'requests@2.31.0 runtime direct=true',
    ]);
    expect(byName(result, 'mylib').ref).toBe(sha);
    expect(result.findings).toEqual([]);
    expect(byName(result, 'requests').integrity?.split(' ')).toHaveLength(2);
  });

  it('without a Pipfile direct is null', () => {
    const result = pipfileFormat.parse(fixture('pipfile-default-develop', 'Pipfile.lock'));
    expect(result.packages.every((pkg) => pkg.direct === null)).toBe(true);
  });

  it('rejects an unknown pipfile-spec', () => {
    const text = JSON.stringify({ _meta: { 'pipfile-spec': 99 }, default: {}, develop: {} });
    expect(() => pipfileFormat.parse({ path: 'Pipfile.lock', text })).toThrow(
      /pipfile-spec 99 \(supported: .*6\)/,
    );
  });
});

describe('pdm.lock', () => {
  it('4.5 groups: default -> runtime, extras groups -> optional, others -> dev; git source', () => {
    const result = pdmFormat.parse(fixture('pdm-groups', 'pdm.lock', ['pyproject.toml']));
    expect(result.format).toBe('pdm-lock-4.5.0');
    expect(result.findings).toEqual([]);
    expect(summary(result)).toEqual([
      'mylib@0.3.0 runtime direct=true git',
      'pysocks@1.7.1 optional direct=true',
      'pytest@8.2.0 dev direct=true',
      'requests@2.32.3 runtime direct=true',
      'urllib3@2.2.1 runtime direct=false',
    ]);
    expect(byName(result, 'mylib').ref).toBe('0123456789abcdef0123456789abcdef01234567');
  });

  it('4.4 without groups: scope by reachability from [project] and [dependency-groups]', () => {
    const result = pdmFormat.parse(fixture('pdm-no-groups', 'pdm.lock', ['pyproject.toml']));
    expect(summary(result)).toEqual([
      'attrs@23.1.0 runtime direct=true',
      'mypy-extensions@1.0.0 dev direct=false',
      'mypy@1.7.1 dev direct=true',
    ]);
  });

  it('rejects an unknown lock_version', () => {
    expect(() => pdmFormat.parse({ path: 'pdm.lock', text: '[metadata]\nlock_version = "9.0"\n' })).toThrow(
      /lock_version 9\.0 \(supported: 3\.x, 4\.x\)/,
    );
  });
});

describe('PEP 440 version scheme', () => {
  const scheme = getVersionScheme('PyPI')!;
  const ordered = [
    '1.0.dev1',
    '1.0a1',
    '1.0a2.dev1',
    '1.0a2',
    '1.0b1',
    '1.0rc1',
    '1.0',
    '1.0+local.1',
    '1.0.post1',
    '1.1',
    '2!0.1',
  ];

  it('orders the PEP 440 examples', () => {
    for (let i = 0; i + 1 < ordered.length; i++) {
      expect(compareVersions('PyPI', ordered[i]!, ordered[i + 1]!), `${ordered[i]} < ${ordered[i + 1]}`).toBe(
        -1,
      );
      expect(compareVersions('PyPI', ordered[i + 1]!, ordered[i]!)).toBe(1);
    }
    expect(compareVersions('PyPI', '1.0', '1.0.0')).toBe(0);
    expect(compareVersions('PyPI', 'not a version', '1.0')).toBeNull();
  });

  it('parses release numbers; a/b/rc/dev are pre-releases, post-releases are not', () => {
    expect(scheme.parse('1.2.3')).toEqual({ release: [1, 2, 3], prerelease: false });
    expect(scheme.parse('2.0rc1')).toEqual({ release: [2, 0], prerelease: true });
    expect(scheme.parse('2.0.dev4')?.prerelease).toBe(true);
    expect(scheme.parse('2.0b2')?.prerelease).toBe(true);
    expect(scheme.parse('2.0.post1')).toEqual({ release: [2, 0], prerelease: false });
    expect(scheme.parse('banana')).toBeNull();
  });

  const version = fc
    .tuple(
      fc.constantFrom('', '1!'),
      fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 4 }),
      fc.option(fc.tuple(fc.constantFrom('a', 'b', 'rc'), fc.integer({ min: 0, max: 3 })), {
        nil: undefined,
      }),
      fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      fc.option(fc.constantFrom('local', 'local.1', '7', 'abc.2'), { nil: undefined }),
    )
    .map(
      ([epoch, release, pre, post, dev, local]) =>
        `${epoch}${release.join('.')}${pre ? `${pre[0]}${pre[1]}` : ''}${post !== undefined ? `.post${post}` : ''}${dev !== undefined ? `.dev${dev}` : ''}${local ? `+${local}` : ''}`,
    );

  it('is a total order on generated versions: antisymmetric and transitive', () => {
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        const ab = scheme.compare(a, b);
        const ba = scheme.compare(b, a);
        expect(ab).not.toBeNull();
        expect(ab).toBe(-ba!);
        const bc = scheme.compare(b, c)!;
        const ac = scheme.compare(a, c)!;
        if (ab! <= 0 && bc <= 0) expect(ac).toBeLessThanOrEqual(0);
        if (ab! >= 0 && bc >= 0) expect(ac).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 500 },
    );
  });

  it('sorts generated versions consistently with the known chain', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(ordered, { minLength: 2 }), (subset) => {
        const sorted = [...subset].sort((x, y) => scheme.compare(x, y)!);
        expect(sorted).toEqual(ordered.filter((v) => subset.includes(v)));
      }),
    );
  });
});

describe('mutated input yields a result or a LockfileParseError naming the file', () => {
  const inputs: Array<[string, LockfileInput, (input: LockfileInput) => ParsedLockfile]> = [
    [
      'requirements',
      fixture('requirements-via-annotations', 'requirements/main.txt'),
      requirementsFormat.parse,
    ],
    ['poetry', fixture('poetry-2.1-groups', 'poetry.lock', ['pyproject.toml']), poetryFormat.parse],
    ['poetry 1.1', fixture('poetry-1.1-category', 'poetry.lock', ['pyproject.toml']), poetryFormat.parse],
    ['uv', fixture('uv-dev-groups', 'uv.lock'), uvFormat.parse],
    ['pipfile', fixture('pipfile-default-develop', 'Pipfile.lock', ['Pipfile']), pipfileFormat.parse],
    ['pdm', fixture('pdm-groups', 'pdm.lock', ['pyproject.toml']), pdmFormat.parse],
  ];
  const mutation = fc.oneof(
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({
      kind: fc.constant('delete' as const),
      at: fc.nat(),
      length: fc.integer({ min: 1, max: 40 }),
    }),
    fc.record({
      kind: fc.constant('insert' as const),
      at: fc.nat(),
      text: fc.constantFrom(
        '"',
        '[',
        ']',
        '{',
        '}',
        '\n',
        '=',
        ',',
        '\\',
        '#',
        '[[package]]\n',
        'name = 1\n',
        '__proto__',
        ' --hash',
        '-r x\n',
        'version = "x"\n',
        'null',
      ),
    }),
  );

  for (const [label, input, parse] of inputs) {
    it(label, () => {
      fc.assert(
        fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
          let text = input.text;
          for (const m of mutations) {
            const at = m.at % (text.length + 1);
            text =
              m.kind === 'truncate'
                ? text.slice(0, at)
                : m.kind === 'delete'
                  ? text.slice(0, at) + text.slice(at + m.length)
                  : text.slice(0, at) + m.text + text.slice(at);
          }
          try {
            const result = parse({ ...input, text });
            for (const pkg of result.packages) {
              expect(typeof pkg.name).toBe('string');
              expect(typeof pkg.version).toBe('string');
              expect(pkg.version).not.toBe('');
            }
          } catch (error) {
            expect(error).toBeInstanceOf(LockfileParseError);
            expect((error as LockfileParseError).file).toBe(input.path);
          }
        }),
        { numRuns: 300 },
      );
    });
  }
});

const CORPUS = resolve(process.cwd(), '../shared/corpus');
const hasCorpus = existsSync(CORPUS);

describe.skipIf(!hasCorpus)('real Python lockfiles from ../shared/corpus (skipped when absent)', () => {
  it('parses every before/after lockfile of requirements, poetry and uv cases', () => {
    let parsed = 0;
    const pipCompile: string[] = [];
    for (const folder of ['requirements', 'poetry', 'uv']) {
      for (const name of readdirSync(join(CORPUS, folder))) {
        const caseDir = join(CORPUS, folder, name);
        const info = JSON.parse(readFileSync(join(caseDir, 'case.json'), 'utf8')) as {
          lockfiles: Array<{ path: string; before?: string; after?: string }>;
        };
        for (const lockfile of info.lockfiles) {
          for (const side of ['before', 'after'] as const) {
            const file = lockfile[side];
            if (!file) continue;
            const format = findFormat(lockfile.path);
            expect(format?.ecosystem, lockfile.path).toBe('PyPI');
            const manifests = new Map<string, string>();
            for (const manifest of format!.manifests?.(lockfile.path) ?? []) {
              const stored = join(caseDir, side, manifest.replaceAll('/', '__'));
              if (existsSync(stored)) manifests.set(manifest, readFileSync(stored, 'utf8'));
            }
            const result = format!.parse({
              path: lockfile.path,
              text: readFileSync(join(caseDir, file), 'utf8'),
              manifests,
            });
            expect(
              result.packages.length + result.findings.length,
              `${name} ${side} ${lockfile.path}`,
            ).toBeGreaterThan(0);
            if (result.format === 'requirements-pip-compile')
              pipCompile.push(`${name}/${side}/${lockfile.path}`);
            parsed++;
          }
        }
      }
    }
    expect(parsed).toBe(182);
    expect(pipCompile.length).toBe(81);
  });

  it('flask 87d5f5b9a9 dev.txt: packages pulled in through `-r docs.txt` are direct, the rest transitive', () => {
    const dir = join(CORPUS, 'requirements/pallets__flask__87d5f5b9a9/after');
    const result = requirementsFormat.parse({
      path: 'requirements/dev.txt',
      text: readFileSync(join(dir, 'requirements__dev.txt'), 'utf8'),
    });
    expect(byName(result, 'alabaster').direct).toBe(true);
    expect(byName(result, 'cfgv').direct).toBe(false);
    expect(result.packages.every((pkg) => pkg.scope === 'dev')).toBe(true);
  });
});

describe('hostile names stay data', () => {
  it('__proto__ and constructor as package names, source types and extras', () => {
    const text = [
      '[[package]]',
      'name = "__proto__"',
      'version = "1.0"',
      'groups = ["main"]',
      '[package.source]',
      'type = "constructor"',
      'url = "x"',
      '[package.extras]',
      'constructor = ["toString"]',
      '',
      '[metadata]',
      'lock-version = "2.1"',
    ].join('\n');
    const result = poetryFormat.parse({
      path: 'poetry.lock',
      text,
      manifests: new Map([
        [
          'pyproject.toml',
          '[tool.poetry.dependencies]\n__proto__ = "*"\nconstructor = { version = "*", extras = ["__proto__"] }\n',
        ],
      ]),
    });
    expect(summary(result)).toEqual(['-proto-@1.0 runtime direct=true']);
    expect(result.findings[0]?.message).toContain('unknown source type constructor');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
