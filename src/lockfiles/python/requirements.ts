import { reportFirstParty, type FirstParty } from '../first-party.js';
import { FULL_COMMIT } from '../git.js';
import { basename, dirname } from '../paths.js';
import type { VcsPin } from '../purl.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from '../types.js';
import { dedupePackages, isDistributionFile, joinHashes, makePythonPackage } from './common.js';

/*
 * pip's requirements-file syntax (https://pip.pypa.io/en/stable/reference/requirements-file-format/)
 * has no maintained JavaScript parser; the subset here follows pip's own reader: backslash
 * continuations are joined first (a comment line never continues), then a `#` at the start or
 * after whitespace starts a comment. pip-compile and `uv pip compile` write `# via` comments that
 * tell why each pin is there, either inline or on the indented comment lines that follow it.
 *
 * As pip's break_args_options does, a line's per-requirement options (`--hash`, `-C` /
 * `--config-settings`, `--global-option`) start at its first word that starts with `-`; they never
 * unpin it. A version holding `${VAR}` is expanded by pip from the environment when it installs, so
 * the file does not say which version that is: a finding. A local folder (`-e .`, `./pkg`,
 * `name @ file:///…`) is first-party code, said in one finding; a VCS reference pinned to a full
 * commit (`name @ git+https://…@<sha>`, `-e git+…@<sha>#egg=name`) is listed with the commit as
 * version and ref.
 */

/**
 * Scope from the file name, because a requirements file says nothing about it itself: a file whose
 * name (or, under requirements/, whose own name) has a word such as dev, test(s), lint, docs or
 * typing installs build/test tooling only -> 'dev'; anything else (requirements.txt, main, prod,
 * deploy, build …) is treated as shipped -> 'runtime', the conservative choice for change control.
 */
const DEV_WORDS = new Set([
  'dev',
  'develop',
  'development',
  'test',
  'tests',
  'testing',
  'lint',
  'linting',
  'docs',
  'doc',
  'typing',
  'mypy',
]);

export function scopeForRequirementsPath(path: string): Scope {
  const words = basename(path)
    .toLowerCase()
    .replace(/\.txt$/, '')
    .split(/[-_.\s]+/);
  return words.some((word) => DEV_WORDS.has(word)) ? 'dev' : 'runtime';
}

export function isRequirementsPath(path: string): boolean {
  const name = basename(path).toLowerCase();
  if (!name.endsWith('.txt')) return false;
  if (/^(?:.*[-_.])?requirements(?:[-_.].*)?\.txt$/.test(name)) return true;
  return basename(dirname(path)).toLowerCase() === 'requirements';
}

interface LogicalLine {
  line: number;
  code: string;
  comment?: string;
}

/** pip's join_lines + comment split: continuation lines are glued, comments kept apart for `# via`. */
function readLogicalLines(text: string): LogicalLine[] {
  const physical = text.split(/\r?\n/);
  const logical: LogicalLine[] = [];
  let pending: string[] = [];
  let pendingLine = 0;
  const push = (line: number, raw: string) => {
    const hash = /(^|\s)#/.exec(raw);
    if (hash) {
      logical.push({
        line,
        code: raw.slice(0, hash.index).trim(),
        comment: raw.slice(hash.index + hash[0].length),
      });
    } else {
      logical.push({ line, code: raw.trim() });
    }
  };
  physical.forEach((raw, index) => {
    const isComment = /(^|\s)#/.test(raw);
    if (raw.endsWith('\\') && !isComment) {
      if (pending.length === 0) pendingLine = index + 1;
      pending.push(raw.slice(0, -1));
      return;
    }
    if (pending.length > 0) {
      // A comment closing a continued requirement is kept with it (pip-compile's `\ # via x` form).
      pending.push(isComment ? ` ${raw}` : raw);
      push(pendingLine, pending.join(''));
      pending = [];
    } else {
      push(index + 1, raw);
    }
  });
  if (pending.length > 0) push(pendingLine, pending.join(''));
  return logical;
}

/** Options pip accepts on a line of their own that configure where to install from: no package. */
const GLOBAL_OPTIONS = new Set([
  '-i',
  '--index-url',
  '--extra-index-url',
  '--no-index',
  '-f',
  '--find-links',
  '--no-binary',
  '--only-binary',
  '--prefer-binary',
  '--pre',
  '--trusted-host',
  '--require-hashes',
  '--use-feature',
]);

interface Entry {
  name: string;
  version: string;
  line: number;
  hashes: string[];
  via: string[];
  git?: VcsPin;
}

/** Per-requirement options pip accepts after a requirement on its line. */
const REQUIREMENT_OPTIONS = new Set([
  '--hash',
  '-C',
  '--config-settings',
  '--global-option',
  '--install-option',
]);

/** pip's break_args_options: the requirement, and its options from the first word starting with `-`. */
function splitOptions(code: string): [string, string] {
  const words = code.split(' ');
  const at = words.findIndex((word) => word.startsWith('-'));
  return at === -1 ? [code, ''] : [words.slice(0, at).join(' ').trim(), words.slice(at).join(' ')];
}

/** A local path or `file:` URL as pip reads one: a folder is first-party, an archive is a package. */
function localPath(target: string): string | undefined {
  const path = target.startsWith('file:') ? target.replace(/^file:(?:\/\/(?:localhost)?)?/, '') : target;
  if (target.startsWith('file:') || /^(?:\.{1,2}(?:[\\/]|$)|\/|[A-Za-z]:[\\/])/.test(path)) return path;
  return undefined;
}

/** `git+https://host/repo@<full sha>`: the repository and commit, when the reference pins one. */
function vcsPin(url: string): VcsPin | undefined {
  const match = /^(git\+[^#]+?)@([0-9a-f]+)(?:#.*)?$/i.exec(url.trim());
  if (!match || !FULL_COMMIT.test(match[2]!)) return undefined;
  return { url: match[1]!, commit: match[2]!.toLowerCase() };
}

const REQUIREMENT = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*(?:\[[^\]]*\])?\s*(.*)$/;
const PIN = /^(===?)\s*([^\s,*;]+)$/;

/** A via item that means "declared by the project": an input file or the project's own metadata. */
function isDirectVia(item: string): boolean {
  return (
    /^-r\s/.test(item) ||
    /^--requirement\b/.test(item) ||
    /\((?:pyproject\.toml|setup\.py|setup\.cfg)\)$/.test(item)
  );
}

function parseViaItems(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function handleOption(
  code: string,
  line: number,
  lockfile: string,
  findings: Finding[],
  firstParty: FirstParty[],
  entries: Entry[],
): void {
  const match = /^(-[a-zA-Z]|--[a-zA-Z-]+)(?:[=\s]\s*(.*))?$/.exec(code) ?? /^(-[a-zA-Z])(.*)$/.exec(code);
  const option = match?.[1] ?? code;
  const value = match?.[2]?.trim() ?? '';
  switch (option) {
    case '-r':
    case '--requirement':
      findings.push({
        lockfile,
        line,
        message: `includes ${value || '(nothing)'}: not followed; an included requirements file is inventoried on its own`,
      });
      return;
    case '-c':
    case '--constraint':
      findings.push({
        lockfile,
        line,
        message: `constraints file ${value || '(nothing)'}: not followed; it only limits versions and is inventoried on its own if it is a lockfile`,
      });
      return;
    case '-e':
    case '--editable': {
      const folder = localPath(value);
      if (folder !== undefined) {
        firstParty.push({ name: basename(folder.replace(/[\\/]+$/, '')) || folder, folder, line });
        return;
      }
      const egg = /#(?:.*&)?egg=([A-Za-z0-9][A-Za-z0-9._-]*)/.exec(value)?.[1];
      const git = vcsPin(value);
      if (git !== undefined && egg !== undefined) {
        entries.push({ name: egg, version: git.commit, line, hashes: [], via: [], git });
        return;
      }
      findings.push({
        lockfile,
        line,
        message: `editable requirement ${value} is not pinned to a version: not inventoried`,
      });
      return;
    }
    default:
      if (GLOBAL_OPTIONS.has(option)) return;
      findings.push({ lockfile, line, message: `unknown option ${option}: passed over` });
  }
}

function parseRequirements(input: LockfileInput): ParsedLockfile {
  const lockfile = input.path;
  const findings: Finding[] = [];
  const entries: Entry[] = [];
  const generator = /autogenerated by (pip-compile|uv)\b/i
    .exec(input.text.slice(0, 2000))?.[1]
    ?.toLowerCase();
  let current: Entry | undefined;
  let viaBlockOpen = false;
  const firstParty: FirstParty[] = [];

  for (const { line, code, comment } of readLogicalLines(input.text)) {
    if (code === '') {
      if (comment === undefined) continue;
      const via = /^\s*via\b\s*(.*)$/.exec(comment);
      if (via && current) {
        current.via.push(...parseViaItems(via[1]!));
        // A bare `# via` opens a block of `#   item` lines; an inline list closes it.
        viaBlockOpen = via[1]!.trim() === '';
        continue;
      }
      const item = /^\s{2,}(\S.*)$/.exec(comment);
      if (viaBlockOpen && current && item) {
        current.via.push(item[1]!.trim());
        continue;
      }
      viaBlockOpen = false;
      continue;
    }
    viaBlockOpen = false;
    current = undefined;
    if (code.startsWith('-')) {
      handleOption(code, line, lockfile, findings, firstParty, entries);
      continue;
    }
    const [requirement, options] = splitOptions(code);
    for (const option of options.split(/\s+/)) {
      const flag = /^(-[a-zA-Z]|--[a-zA-Z-]+)/.exec(option)?.[1];
      if (flag !== undefined && !REQUIREMENT_OPTIONS.has(flag))
        findings.push({ lockfile, line, message: `unknown per-requirement option ${flag}: passed over` });
    }
    const withoutMarker = requirement.split(';')[0]!.trim();
    const match = REQUIREMENT.exec(withoutMarker);
    const folder = localPath(withoutMarker);
    if (folder !== undefined && !isDistributionFile(folder)) {
      firstParty.push({ name: basename(folder.replace(/[\\/]+$/, '')) || folder, folder, line });
      continue;
    }
    if (!match || /^[a-z][a-z0-9+.-]*:\/\//i.test(withoutMarker) || folder !== undefined) {
      findings.push({
        lockfile,
        line,
        message: `${requirement} is a URL or path, not pinned to a version: not inventoried`,
      });
      continue;
    }
    const [, name, spec] = match as unknown as [string, string, string];
    const trimmedSpec = spec
      .trim()
      .replace(/^\((.*)\)$/, '$1')
      .trim();
    if (trimmedSpec.startsWith('@')) {
      const url = trimmedSpec.slice(1).trim();
      const target = localPath(url);
      if (target !== undefined && !isDistributionFile(target)) {
        firstParty.push({ name, folder: target, line });
        continue;
      }
      const git = vcsPin(url);
      if (git !== undefined) {
        current = { name, version: git.commit, line, hashes: [], via: [], git };
        entries.push(current);
        continue;
      }
      findings.push({
        lockfile,
        line,
        message: `${name} comes from a direct URL reference, not pinned to a version: not inventoried`,
      });
      continue;
    }
    const pin = PIN.exec(trimmedSpec);
    if (pin && pin[2]!.includes('${')) {
      findings.push({
        lockfile,
        line,
        message: `${name}==${pin[2]} takes its version from an environment variable when pip installs it: the file names no version, not inventoried`,
      });
      continue;
    }
    if (!pin) {
      findings.push({
        lockfile,
        line,
        message: `${name}${trimmedSpec ? ` ${trimmedSpec}` : ''} is not pinned to one version (==): not inventoried`,
      });
      continue;
    }
    const hashes = [...options.matchAll(/--hash(?:=|\s+)(\S+)/g)].map((m) => m[1]!);
    current = { name, version: pin[2]!, line, hashes, via: [] };
    entries.push(current);
    if (comment !== undefined) {
      const via = /^\s*via\b\s*(.*)$/.exec(comment);
      if (via) {
        current.via.push(...parseViaItems(via[1]!));
        viaBlockOpen = via[1]!.trim() === '';
      }
    }
  }

  const annotated = entries.some((entry) => entry.via.length > 0);
  const scope = scopeForRequirementsPath(lockfile);
  const packages: Package[] = entries.map((entry) => {
    // With `# via` annotations the tool said why each pin is there. pip-compile before 5.5 annotated
    // only what came in transitively, so in an annotated file a pin without one is a top-level
    // requirement. Without any annotation, a hand-written file lists what the project asked for, so
    // every pin is direct; a generated file without annotations (`--no-annotate`) can't tell: null.
    const direct = annotated
      ? entry.via.length === 0 || entry.via.some(isDirectVia)
      : generator === undefined
        ? true
        : null;
    return makePythonPackage({
      name: entry.name,
      version: entry.version,
      direct,
      scope,
      lockfile,
      integrity: joinHashes(entry.hashes),
      ...(entry.git !== undefined ? { source: 'git', git: entry.git } : {}),
    });
  });
  findings.push(...reportFirstParty(lockfile, firstParty));
  const format =
    generator === 'pip-compile'
      ? 'requirements-pip-compile'
      : generator === 'uv'
        ? 'requirements-uv'
        : 'requirements';
  return { format, packages: dedupePackages(packages), findings };
}

export const requirementsFormat: LockfileFormat = {
  id: 'requirements',
  ecosystem: 'PyPI',
  matches: isRequirementsPath,
  parse: parseRequirements,
};
