import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Document,
  type Node,
  type YAMLMap,
} from 'yaml';
import { LockfileParseError, truncate } from './errors.js';
import { basename } from './paths.js';
import { makePurl } from './purl.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from './types.js';

/**
 * GitHub Actions used by workflows (`.github/workflows/*.yml|yaml`: `jobs.<id>.steps[].uses` and
 * reusable workflows `jobs.<id>.uses`) and by composite actions (`action.yml|yaml`: `runs.steps[].uses`).
 *
 * - `owner/repo@ref` and `owner/repo/path@ref` are packages named `owner/repo[/path]` (owner and repo
 *   lower-cased: GitHub treats them case-insensitively; the path is case-sensitive).
 * - A ref that is a full commit SHA pins the code: the SHA is the package's ref, and the version is
 *   the tag in the pin comment (`@<sha> # v4.1.1`, the form Dependabot and Renovate write) because
 *   that is what an auditor reads; without such a comment the version is the SHA itself.
 * - `./…` actions are the repository's own code: not SOUP, skipped.
 * - `docker://image` runs a container image, which is not a GitHub Action package and has no OSV
 *   ecosystem here: reported as a finding so it is still seen, never listed as an action.
 * Workflows are CI tooling, not shipped: scope 'dev'. A composite action outside `.github/` is the
 * product itself (this repository is an action), so what it uses is shipped: scope 'runtime'.
 */

const WORKFLOW = /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/;
const ACTION_FILE = /^action\.ya?ml$/;
const REMOTE = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)((?:\/[^@\s]+)?)@([^\s@]+)$/;
const SHA = /^[0-9a-f]{40}$/i;
// A version-looking tag in a pin comment: `v4.1.1`, `tag=v4`, `ratchet:actions/checkout@v4`.
const COMMENT_TAG = /(?:^|[\s=@:])(v?\d+(?:\.\d+)*(?:-[0-9A-Za-z.-]+)?)(?=$|[\s,;)])/;

interface Context {
  file: string;
  text: string;
  doc: Document;
  lineCounter: LineCounter;
  scope: Scope;
  findings: Finding[];
  packages: Map<string, Package>;
}

function lineOf(ctx: Context, node: Node | null | undefined): number | undefined {
  const offset = node?.range?.[0];
  return offset === undefined ? undefined : ctx.lineCounter.linePos(offset).line;
}

function resolve(ctx: Context, node: unknown): Node | null {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) return (node.resolve(ctx.doc) as Node | undefined) ?? null;
  return node as Node;
}

function expectMap(ctx: Context, node: unknown, what: string, parent: Node | null): YAMLMap | null {
  const resolved = resolve(ctx, node);
  if (resolved === null || (isScalar(resolved) && resolved.value === null)) return null;
  if (!isMap(resolved))
    throw new LockfileParseError(
      ctx.file,
      lineOf(ctx, resolved) ?? lineOf(ctx, parent),
      `expected ${what} to be a mapping`,
    );
  return resolved;
}

function getNode(ctx: Context, map: YAMLMap, key: string): Node | null {
  const pair = map.items.find((item) => isScalar(item.key) && item.key.value === key);
  return pair ? resolve(ctx, pair.value) : null;
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
    ctx.findings.push({
      lockfile: ctx.file,
      ...at,
      message: `${uses} is a container image, not a GitHub Action: not listed as a package`,
    });
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

function parseActionsFile(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const lineCounter = new LineCounter();
  const doc = parseDocument(input.text, { lineCounter });
  const error = doc.errors[0];
  if (error) {
    throw new LockfileParseError(
      file,
      error.linePos?.[0]?.line,
      // The yaml library quotes the offending token whole; a 50 kB token must not become the message.
      `invalid YAML: ${truncate(error.message.split('\n')[0]!, 200)}`,
    );
  }
  const workflow = WORKFLOW.test(file);
  const scope: Scope =
    workflow || file.startsWith('.github/') || file.includes('/.github/') ? 'dev' : 'runtime';
  const ctx: Context = { file, text: input.text, doc, lineCounter, scope, findings: [], packages: new Map() };
  const root = expectMap(ctx, doc.contents, 'the document', null);
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
      readSteps(ctx, getNode(ctx, job, 'steps'), `job "${id}"`);
    }
  } else {
    const runs = expectMap(ctx, getNode(ctx, root, 'runs'), '"runs"', root);
    if (runs) {
      readSteps(ctx, getNode(ctx, runs, 'steps'), '"runs"');
      const image = getNode(ctx, runs, 'image');
      if (isScalar(image) && typeof image.value === 'string' && image.value.startsWith('docker://')) {
        const line = lineOf(ctx, image);
        ctx.findings.push({
          lockfile: file,
          ...(line !== undefined ? { line } : {}),
          message: `runs.image ${image.value} is a container image, not a GitHub Action: not listed as a package`,
        });
      }
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
