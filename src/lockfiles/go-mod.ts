import { LockfileParseError } from './errors.js';
import { reportFirstParty, type FirstParty } from './first-party.js';
import { basename } from './paths.js';
import { makePurl } from './purl.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from './types.js';
import { goReleaseToSemver, goScheme } from '../versions/go.js';

/**
 * go.mod (https://go.dev/ref/mod#go-mod-file). Hand-written: the grammar is line based and small,
 * and the only maintained parser is Go's own golang.org/x/mod/modfile, which has no JS port.
 *
 * What the inventory holds:
 * - every `require` (single line or block); `// indirect` -> direct false, otherwise direct true.
 *   Since go 1.17 go.mod lists every module of the build (graph pruning), so it is the inventory;
 *   go.sum is only a checksum database (it also holds modules that are not built) and is not read.
 *   Before go 1.17 go.mod omits some transitive modules: said in a finding.
 * - `replace`: the code that is compiled is the replacement, so a replaced module is reported under
 *   the replacement's module path and version (as osv-scanner does); a finding names the original.
 *   A replacement by a local directory is the repository's own code: not listed (its placeholder
 *   version names nothing), said in one finding per go.mod.
 * - The toolchain: the standard library and runtime are compiled into every Go binary, so they are
 *   SOUP too: `stdlib` (OSV's name for them, ecosystem Go) at the `toolchain` version, else at the
 *   `go` version, as a module version (`go 1.22` -> v1.22.0), direct and runtime.
 * - `exclude` and `retract` constrain version selection; they name no module that is built.
 * - `tool` (go 1.24): a module that only provides tools (its require is `// indirect`, so no package
 *   of the main module imports it) is build tooling: scope 'dev'. Otherwise everything is runtime:
 *   go.mod has no dev/test distinction.
 */

const KNOWN_DIRECTIVES = new Set([
  'module',
  'go',
  'toolchain',
  'godebug',
  'require',
  'exclude',
  'replace',
  'retract',
  'tool',
  'ignore',
]);

interface Line {
  tokens: string[];
  comment: string;
  line: number;
}

interface Requirement {
  path: string;
  version: string;
  indirect: boolean;
  line: number;
}

interface Replacement {
  oldPath: string;
  oldVersion?: string;
  newPath: string;
  newVersion?: string;
  line: number;
}

/** Splits one line into tokens (bare words, "interpreted" and `raw` strings) and its trailing // comment. */
function tokenize(file: string, text: string, line: number): { tokens: string[]; comment: string } {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (ch === ' ' || ch === '\t' || ch === '\r') {
      i++;
    } else if (text.startsWith('//', i)) {
      return { tokens, comment: text.slice(i + 2).trim() };
    } else if (ch === '"' || ch === '`') {
      let j = i + 1;
      let value = '';
      while (j < text.length && text[j] !== ch) {
        if (ch === '"' && text[j] === '\\' && j + 1 < text.length) j++;
        value += text[j];
        j++;
      }
      if (j >= text.length) throw new LockfileParseError(file, line, 'unterminated quoted string');
      tokens.push(value);
      i = j + 1;
    } else if (ch === '(' || ch === ')') {
      tokens.push(ch);
      i++;
    } else {
      let j = i;
      while (j < text.length && !/[\s()"`]/.test(text[j] as string) && !text.startsWith('//', j)) j++;
      // Whitespace go.mod doesn't allow (vertical tab, form feed, U+2028...) stops a word but is
      // not skipped above: without this the loop would push empty tokens forever.
      if (j === i) {
        const code = (text.codePointAt(i) ?? 0).toString(16).toUpperCase().padStart(4, '0');
        throw new LockfileParseError(file, line, `unexpected character U+${code}`);
      }
      tokens.push(text.slice(i, j));
      i = j;
    }
  }
  return { tokens, comment: '' };
}

/** The comment marks an indirect requirement exactly as modfile.isIndirect reads it. */
function isIndirect(comment: string): boolean {
  return comment === 'indirect' || comment.startsWith('indirect;');
}

function isLocalPath(path: string): boolean {
  return (
    path.startsWith('./') ||
    path.startsWith('../') ||
    path.startsWith('/') ||
    path === '.' ||
    path === '..' ||
    /^[A-Za-z]:[\\/]/.test(path)
  );
}

/** A module version as go.mod writes it: canonical SemVer with `v`, pseudo-versions included. */
function checkVersion(file: string, version: string, line: number): string {
  if (goScheme.parse(version) === null) {
    throw new LockfileParseError(file, line, `invalid module version "${version}"`);
  }
  return version;
}

function parseGoModDirectives(file: string, text: string): Array<{ verb: string; args: Line }> {
  const directives: Array<{ verb: string; args: Line }> = [];
  const lines = text.split('\n');
  let block: { verb: string; line: number } | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = index + 1;
    const { tokens, comment } = tokenize(file, lines[index] as string, line);
    if (tokens.length === 0) continue;
    if (block) {
      if (tokens.length === 1 && tokens[0] === ')') {
        block = undefined;
        continue;
      }
      if (tokens.includes('(') || tokens.includes(')'))
        throw new LockfileParseError(file, line, 'unexpected parenthesis inside a block');
      directives.push({ verb: block.verb, args: { tokens, comment, line } });
      continue;
    }
    const [verb, ...rest] = tokens as [string, ...string[]];
    if (rest.length === 1 && rest[0] === '(') {
      block = { verb, line };
      continue;
    }
    if (rest.includes('(') || rest.includes(')'))
      throw new LockfileParseError(file, line, `unexpected parenthesis after "${verb}"`);
    directives.push({ verb, args: { tokens: rest, comment, line } });
  }
  if (block) throw new LockfileParseError(file, block.line, `"${block.verb} (" block is never closed`);
  return directives;
}

function parseGoMod(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const findings: Finding[] = [];
  const requirements = new Map<string, Requirement>();
  const replacements: Replacement[] = [];
  const tools: string[] = [];
  let goVersion: string | undefined;
  let goLine = 0;
  let toolchain: { name: string; line: number } | undefined;
  let sawModule = false;

  for (const { verb, args } of parseGoModDirectives(file, input.text)) {
    const { tokens, line } = args;
    switch (verb) {
      case 'module':
        if (tokens.length !== 1) throw new LockfileParseError(file, line, 'expected "module <path>"');
        sawModule = true;
        break;
      case 'go':
        if (tokens.length !== 1 || !/^\d+(\.\d+)*([a-z]+\d+)?$/.test(tokens[0] as string)) {
          throw new LockfileParseError(file, line, 'expected "go <version>"');
        }
        goVersion = tokens[0];
        goLine = line;
        break;
      case 'toolchain':
        if (tokens.length !== 1) throw new LockfileParseError(file, line, 'expected "toolchain <name>"');
        toolchain = { name: tokens[0] as string, line };
        break;
      case 'require': {
        if (tokens.length !== 2)
          throw new LockfileParseError(file, line, 'expected "require <module> <version>"');
        const [path, version] = tokens as [string, string];
        const requirement = {
          path,
          version: checkVersion(file, version, line),
          indirect: isIndirect(args.comment),
          line,
        };
        const previous = requirements.get(path);
        if (previous) {
          // The go command keeps the highest of repeated requirements (minimal version selection).
          findings.push({
            lockfile: file,
            line,
            message: `${path} is required twice (${previous.version} at line ${previous.line}, ${version}); the higher version is kept`,
          });
          if ((goScheme.compare(previous.version, version) ?? 0) >= 0) {
            previous.indirect &&= requirement.indirect;
            break;
          }
          requirement.indirect &&= previous.indirect;
        }
        requirements.set(path, requirement);
        break;
      }
      case 'replace': {
        const arrow = tokens.indexOf('=>');
        const left = tokens.slice(0, arrow);
        const right = tokens.slice(arrow + 1);
        if (arrow === -1 || left.length < 1 || left.length > 2 || right.length < 1 || right.length > 2) {
          throw new LockfileParseError(
            file,
            line,
            'expected "replace <module> [version] => <module> [version]"',
          );
        }
        const [newPath, newVersion] = right as [string, string | undefined];
        if (newVersion === undefined && !isLocalPath(newPath)) {
          throw new LockfileParseError(
            file,
            line,
            `replacement "${newPath}" needs a version unless it is a local directory (./ or ../)`,
          );
        }
        replacements.push({
          oldPath: left[0] as string,
          ...(left[1] !== undefined ? { oldVersion: checkVersion(file, left[1], line) } : {}),
          newPath,
          ...(newVersion !== undefined ? { newVersion: checkVersion(file, newVersion, line) } : {}),
          line,
        });
        break;
      }
      case 'tool':
        if (tokens.length !== 1) throw new LockfileParseError(file, line, 'expected "tool <package>"');
        tools.push(tokens[0] as string);
        break;
      case 'exclude':
      case 'retract':
      case 'godebug':
      case 'ignore':
        break;
      default:
        if (!KNOWN_DIRECTIVES.has(verb)) {
          findings.push({ lockfile: file, line, message: `unknown go.mod directive "${verb}" passed over` });
        }
    }
  }
  if (!sawModule && requirements.size === 0) {
    throw new LockfileParseError(file, 1, 'no "module" directive: not a go.mod file');
  }
  if (goVersion === undefined || goScheme.compare(`v${goVersion.replace(/[a-z].*$/, '')}`, 'v1.17') === -1) {
    findings.push({
      lockfile: file,
      message: `go.mod declares ${goVersion === undefined ? 'no go version' : `go ${goVersion}`}: before go 1.17 go.mod does not list every module of the build, so transitive modules may be missing from the inventory`,
    });
  }

  const toolModules = new Set<string>();
  for (const tool of tools) {
    // A tool is a package path; its module is the longest required module path that prefixes it.
    let best: string | undefined;
    for (const path of requirements.keys()) {
      if ((tool === path || tool.startsWith(`${path}/`)) && (best === undefined || path.length > best.length))
        best = path;
    }
    if (best !== undefined) toolModules.add(best);
  }

  const packages = new Map<string, Package>();
  const firstParty: FirstParty[] = [];
  for (const requirement of requirements.values()) {
    const replacement =
      replacements.find((r) => r.oldPath === requirement.path && r.oldVersion === requirement.version) ??
      replacements.find((r) => r.oldPath === requirement.path && r.oldVersion === undefined);
    const scope: Scope = toolModules.has(requirement.path) && requirement.indirect ? 'dev' : 'runtime';
    let name = requirement.path;
    let version = requirement.version;
    if (replacement?.newVersion !== undefined) {
      name = replacement.newPath;
      version = replacement.newVersion;
      findings.push({
        lockfile: file,
        line: replacement.line,
        message: `${requirement.path} ${requirement.version} is replaced by ${name} ${version}: the replacement is what is built and is listed instead`,
      });
    } else if (replacement) {
      firstParty.push({ name: requirement.path, folder: replacement.newPath, line: replacement.line });
      continue;
    }
    const key = `${name}\u0000${version}`;
    const existing = packages.get(key);
    if (existing) {
      // Two requirements replaced by the same module: one package, direct if either is.
      existing.direct ||= !requirement.indirect;
      if (scope === 'runtime') existing.scope = 'runtime';
      continue;
    }
    packages.set(key, {
      ecosystem: 'Go',
      name,
      version,
      purl: makePurl('Go', name, version),
      direct: !requirement.indirect,
      scope,
      lockfile: file,
    });
  }
  const stdlib = readToolchain(file, goVersion, goLine, toolchain, findings);
  if (stdlib !== undefined) packages.set('stdlib', stdlib);
  findings.push(...reportFirstParty(file, firstParty));
  return {
    format: goVersion ? `go.mod(go ${goVersion})` : 'go.mod',
    packages: [...packages.values()],
    findings,
  };
}

/**
 * The standard library the module is built with: the `toolchain` line names the toolchain the go
 * command picks at least; without one, the `go` line's release is the least it runs with.
 */
function readToolchain(
  file: string,
  goVersion: string | undefined,
  goLine: number,
  toolchain: { name: string; line: number } | undefined,
  findings: Finding[],
): Package | undefined {
  let version: string | null = null;
  if (toolchain !== undefined) {
    // A custom toolchain (`go1.22.3-corp`) is Go 1.22.3 plus whatever its builder changed.
    const custom = /^(go\d+\.\d+(?:\.\d+)?(?:(?:rc|beta)\d+)?)-(.+)$/.exec(toolchain.name);
    version = goReleaseToSemver(custom ? custom[1]! : toolchain.name);
    if (version === null) {
      findings.push({
        lockfile: file,
        line: toolchain.line,
        message: `toolchain "${toolchain.name}" names no Go release; the standard library is listed at the go version`,
      });
    } else if (custom) {
      findings.push({
        lockfile: file,
        line: toolchain.line,
        message: `toolchain ${toolchain.name} is a custom build of Go; its standard library is listed as ${version}`,
      });
    }
  }
  if (version === null && goVersion !== undefined) {
    version = goReleaseToSemver(goVersion);
    if (version === null) {
      findings.push({
        lockfile: file,
        line: goLine,
        message: `go ${goVersion} names no Go release; the standard library is not listed`,
      });
    }
  }
  if (version === null) return undefined;
  return {
    ecosystem: 'Go',
    name: 'stdlib',
    version,
    purl: makePurl('Go', 'stdlib', version),
    direct: true,
    scope: 'runtime',
    lockfile: file,
  };
}

export const goModFormat: LockfileFormat = {
  id: 'go-mod',
  ecosystem: 'Go',
  matches: (path) => basename(path) === 'go.mod',
  parse: parseGoMod,
};
