import { isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { LockfileParseError, truncate } from './errors.js';
import { imagePackage, parseImageReference } from './image-reference.js';
import { basename } from './paths.js';
import { makePurl } from './purl.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from './types.js';
import {
  atLine,
  expectMap,
  expectString,
  getNode,
  lineOf,
  parseYamlFile,
  type YamlFile,
} from './yaml-nodes.js';

/**
 * GitHub Actions used by workflows (`.github/workflows/*.yml|yaml`: `jobs.<id>.steps[].uses` and
 * reusable workflows `jobs.<id>.uses`) and by composite actions (`action.yml|yaml`: `runs.steps[].uses`),
 * and the container images both run, read in the same single parse of the file.
 *
 * - `owner/repo@ref` and `owner/repo/path@ref` are packages named `owner/repo[/path]` (owner and repo
 *   lower-cased: GitHub treats them case-insensitively; the path is case-sensitive).
 * - A ref that is a full commit SHA pins the code: the SHA is the package's ref, and the version is
 *   the tag in the pin comment (`@<sha> # v4.1.1`, the form Dependabot and Renovate write) because
 *   that is what an auditor reads; without such a comment the version is the SHA itself.
 * - `./…` actions are the repository's own code: not SOUP, skipped.
 * - Container images are SOUP of ecosystem `docker` (see image-reference.ts): `uses: docker://…`,
 *   `jobs.<id>.container` (a string or its `image`), `jobs.<id>.services.<name>.image`, and an
 *   action's `runs.image: docker://…`. An image named by an expression (`${{ matrix.image }}`) can't
 *   be known from the file: a finding.
 * Workflows are CI tooling, not shipped: scope 'dev'. A composite action outside `.github/` is the
 * product itself (this repository is an action), so what it uses is shipped: scope 'runtime'.
 */

const WORKFLOW = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const ACTION_FILE = /^action\.ya?ml$/;
const REMOTE = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)((?:\/[^@\s]+)?)@([^\s@]+)$/;
const SHA = /^[0-9a-f]{40}$/i;
// A version-looking tag in a pin comment: `v4.1.1`, `tag=v4`, `ratchet:actions/checkout@v4`.
const COMMENT_TAG = /(?:^|[\s=@:])(v?\d+(?:\.\d+)*(?:-[0-9A-Za-z.-]+)?)(?=$|[\s,;)])/;

interface Context extends YamlFile {
  text: string;
  scope: Scope;
  findings: Finding[];
  packages: Map<string, Package>;
}

/** A container image the file runs, as a `docker` package; a finding when it can't be read. */
function readImage(ctx: Context, node: Node, reference: string, what: string): void {
  const at = atLine(ctx, node);
  if (reference.includes('${{')) {
    ctx.findings.push({
      lockfile: ctx.file,
      ...at,
      message: `${what} ${truncate(reference, 200)} is set by an expression, unknown until the workflow runs: image not listed`,
    });
    return;
  }
  const image = parseImageReference(reference.trim());
  if (typeof image === 'string') {
    ctx.findings.push({
      lockfile: ctx.file,
      ...at,
      message: `${what} ${truncate(reference, 200)} is not an image reference (${image}): not listed`,
    });
    return;
  }
  const pkg = imagePackage(image, ctx.file, ctx.scope);
  const key = `docker\u0000${pkg.name}\u0000${pkg.version}\u0000${pkg.ref ?? ''}`;
  if (!ctx.packages.has(key)) ctx.packages.set(key, pkg);
}

function readUses(ctx: Context, node: Node): void {
  const line = lineOf(ctx, node);
  if (!isScalar(node) || typeof node.value !== 'string') {
    throw new LockfileParseError(ctx.file, line, 'expected "uses" to be a string');
  }
  const uses = node.value.trim();
  const at = line === undefined ? {} : { line };
  if (uses.startsWith('./') || uses.startsWith('.\\')) return;
  if (uses.startsWith('docker://')) {
    readImage(ctx, node, uses.slice('docker://'.length), 'uses: docker://');
    return;
  }
  const match = REMOTE.exec(uses);
  if (!match || uses.includes('${{')) {
    ctx.findings.push({
      lockfile: ctx.file,
      ...at,
      message: `"uses: ${uses}" is not owner/repo[/path]@ref: passed over`,
    });
    return;
  }
  const [, owner, repo, path, ref] = match as unknown as [string, string, string, string, string];
  const name = `${owner.toLowerCase()}/${repo.toLowerCase()}${path}`;
  let version = ref;
  let commit: string | undefined;
  if (SHA.test(ref)) {
    commit = ref.toLowerCase();
    const end = node.range?.[1] ?? 0;
    const rest = ctx.text.slice(
      end,
      ctx.text.indexOf('\n', end) === -1 ? undefined : ctx.text.indexOf('\n', end),
    );
    const hash = rest.indexOf('#');
    const tag = hash === -1 ? null : COMMENT_TAG.exec(rest.slice(hash + 1).trim());
    version = tag ? (tag[1] as string) : commit;
  }
  const key = `${name}\u0000${version}\u0000${commit ?? ''}`;
  if (ctx.packages.has(key)) return;
  const git = commit === undefined ? undefined : { url: `https://github.com/${owner}/${repo}`, commit };
  ctx.packages.set(key, {
    ecosystem: 'GitHub Actions',
    name,
    version,
    purl: makePurl('GitHub Actions', name, version, git),
    direct: true,
    scope: ctx.scope,
    lockfile: ctx.file,
    ...(commit !== undefined ? { ref: commit } : {}),
  });
}

function readSteps(ctx: Context, node: Node | null, owner: string): void {
  if (node === null || (isScalar(node) && node.value === null)) return;
  if (!isSeq(node))
    throw new LockfileParseError(ctx.file, lineOf(ctx, node), `expected ${owner} steps to be a list`);
  for (const item of node.items) {
    const step = expectMap(ctx, item, `each step of ${owner}`, node);
    if (!step) continue;
    const uses = getNode(ctx, step, 'uses');
    if (uses) readUses(ctx, uses);
  }
}

/** `jobs.<id>.container` (an image or a mapping with `image`) and `jobs.<id>.services.<name>.image`. */
function readJobImages(ctx: Context, job: YAMLMap, id: string): void {
  const container = getNode(ctx, job, 'container');
  if (container && isScalar(container) && typeof container.value === 'string') {
    readImage(ctx, container, container.value, `job "${id}" container`);
  } else if (container && !(isScalar(container) && container.value === null)) {
    const map = expectMap(ctx, container, `job "${id}" container`, job);
    const image = map && getNode(ctx, map, 'image');
    if (image)
      readImage(ctx, image, expectString(ctx, image, `job "${id}" container image`), `job "${id}" container`);
  }
  const services = expectMap(ctx, getNode(ctx, job, 'services'), `job "${id}" services`, job);
  for (const pair of services?.items ?? []) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '?';
    const service = expectMap(ctx, pair.value, `service "${name}" of job "${id}"`, services);
    const image = service && getNode(ctx, service, 'image');
    if (image)
      readImage(ctx, image, expectString(ctx, image, `service "${name}" image`), `service "${name}"`);
  }
}

function parseActionsFile(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const yaml = parseYamlFile(file, input.text);
  const workflow = WORKFLOW.test(file);
  const scope: Scope =
    workflow || file.startsWith('.github/') || file.includes('/.github/') ? 'dev' : 'runtime';
  const ctx: Context = { ...yaml, text: input.text, scope, findings: [], packages: new Map() };
  const root = expectMap(ctx, yaml.doc.contents, 'the document', null);
  if (!root) {
    ctx.findings.push({ lockfile: file, message: 'empty YAML document: no actions used' });
  } else if (workflow) {
    const jobs = expectMap(ctx, getNode(ctx, root, 'jobs'), '"jobs"', root);
    for (const pair of jobs?.items ?? []) {
      const id = isScalar(pair.key) ? String(pair.key.value) : '?';
      const job = expectMap(ctx, pair.value, `job "${id}"`, jobs);
      if (!job) continue;
      const uses = getNode(ctx, job, 'uses');
      if (uses) readUses(ctx, uses);
      readJobImages(ctx, job, id);
      readSteps(ctx, getNode(ctx, job, 'steps'), `job "${id}"`);
    }
  } else {
    const runs = expectMap(ctx, getNode(ctx, root, 'runs'), '"runs"', root);
    if (runs) {
      readSteps(ctx, getNode(ctx, runs, 'steps'), '"runs"');
      // `image: Dockerfile` builds the action's own image: its base images are the Dockerfile's.
      const image = getNode(ctx, runs, 'image');
      if (isScalar(image) && typeof image.value === 'string' && image.value.startsWith('docker://'))
        readImage(ctx, image, image.value.slice('docker://'.length), 'runs.image docker://');
    }
  }
  return {
    format: workflow ? 'github-workflow' : 'github-action',
    packages: [...ctx.packages.values()],
    findings: ctx.findings,
  };
}

export const githubActionsFormat: LockfileFormat = {
  id: 'github-actions',
  ecosystem: 'GitHub Actions',
  matches: (path) => WORKFLOW.test(path) || ACTION_FILE.test(basename(path)),
  parse: parseActionsFile,
};
