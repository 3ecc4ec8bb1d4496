/**
 * Base images of Dockerfiles and Containerfiles: the operating system and runtime the product ships
 * on, SOUP like any package (IEC 62304 8.1.2). Read as text, never built.
 *
 * - `FROM [--platform=…] <image> [AS <stage>]` in every stage, and `COPY --from=<image>` (files
 *   taken from another image, e.g. `COPY --from=ghcr.io/astral-sh/uv:0.5 /uv /bin/`).
 * - `scratch` and references to earlier stages (by name or index) are not images.
 * - `${VAR}` in an image resolves from the `ARG` defaults declared before the first FROM, the only
 *   ones FROM can see; one that nothing sets is a finding (the image is not guessed).
 * - Scope: a stage that may be built as a target (one no later stage uses, and always the last) is
 *   shipped, and so is every stage it is built FROM; a stage only copied from is build tooling (dev).
 * - Line continuations (and the `# escape=` directive), comments and heredoc bodies are honoured, so
 *   a `FROM` inside a heredoc script is not read as an instruction.
 */
import {
  expandVariables,
  imagePackage,
  parseImageReference,
  type ImageReference,
} from './image-reference.js';
import { LockfileParseError, truncate } from './errors.js';
import { isDockerfilePath } from './paths.js';
import type { Finding, LockfileFormat, LockfileInput, Package, ParsedLockfile, Scope } from './types.js';
import { strongerScope } from './package-json.js';

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/** Joins continuation lines into instructions, skipping comments, blank lines and heredoc bodies. */
function readInstructions(text: string): { instructions: Instruction[]; unterminated?: number } {
  const lines = text.split(/\r?\n/);
  let escape = '\\';
  // Parser directives: `# key=value` lines at the very top, before any other line.
  for (const line of lines) {
    const directive = /^#\s*([a-z]+)\s*=\s*(\S+)\s*$/i.exec(line);
    if (!directive) break;
    if (directive[1]!.toLowerCase() === 'escape' && (directive[2] === '`' || directive[2] === '\\'))
      escape = directive[2];
  }
  const instructions: Instruction[] = [];
  let current: { text: string; line: number } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!;
    const trimmed = raw.trim();
    // Comment and empty lines inside a continuation are dropped, as the engine does.
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const continued = trimmed.endsWith(escape);
    const body = continued ? trimmed.slice(0, -escape.length) : trimmed;
    current = current ? { text: `${current.text} ${body}`, line: current.line } : { text: body, line: i + 1 };
    if (continued) continue;
    const space = current.text.search(/\s/);
    const keyword = (space === -1 ? current.text : current.text.slice(0, space)).toUpperCase();
    const args = space === -1 ? '' : current.text.slice(space + 1).trim();
    instructions.push({ keyword, args, line: current.line });
    current = undefined;
    // Heredocs (`RUN <<EOF`, `COPY <<-"END" /x`): their bodies are data, up to each terminator line.
    if (keyword !== 'RUN' && keyword !== 'COPY' && keyword !== 'ADD') continue;
    for (const match of args.matchAll(/<<(-?)(["']?)([A-Za-z_][A-Za-z0-9_]*)\2/g)) {
      const strip = match[1] === '-';
      const end = match[3]!;
      const start = i;
      for (i++; i < lines.length; i++) {
        const line = strip ? lines[i]!.replace(/^\t+/, '') : lines[i]!;
        if (line === end || line.trimEnd() === end) break;
      }
      if (i >= lines.length) return { instructions, unterminated: start + 1 };
    }
  }
  return { instructions };
}

/** Splits arguments on whitespace, keeping quoted parts together. */
function words(args: string): string[] {
  return [...args.matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

type Base = { stage: number } | { image: ImageReference } | { none: true };

interface Stage {
  name?: string;
  base: Base;
  line: number;
  /** Stages this one copies files from. */
  copiesFrom: Set<number>;
  /** Images it copies files from. */
  copiedImages: Array<{ image: ImageReference; line: number }>;
}

function parseDockerfile(input: LockfileInput): ParsedLockfile {
  const file = input.path;
  const findings: Finding[] = [];
  const note = (line: number, message: string): void => {
    findings.push({ lockfile: file, line, message });
  };
  const { instructions, unterminated } = readInstructions(input.text);
  if (unterminated !== undefined)
    note(unterminated, 'heredoc never ends: the instructions after it were not read');

  const globalArgs = new Map<string, string>();
  const stages: Stage[] = [];
  const stageByName = new Map<string, number>();

  /** The image (or stage) a FROM or COPY --from names, after variables; undefined when unusable. */
  const resolve = (
    raw: string,
    line: number,
    what: string,
  ): { stage: number } | { image: ImageReference } | { none: true } | undefined => {
    const expanded = expandVariables(raw, globalArgs);
    if ('unresolved' in expanded) {
      note(
        line,
        `${what} ${truncate(raw, 200)} uses \${${expanded.unresolved}}, which no ARG default before the first FROM sets: image not listed`,
      );
      return undefined;
    }
    const value = expanded.value;
    if (value.toLowerCase() === 'scratch') return { none: true };
    const stage = stageByName.get(value.toLowerCase());
    if (stage !== undefined) return { stage };
    if (/^\d+$/.test(value) && Number(value) < stages.length) return { stage: Number(value) };
    const image = parseImageReference(value);
    if (typeof image === 'string') {
      note(line, `${what} ${truncate(value, 200)} is not an image reference (${image}): not listed`);
      return undefined;
    }
    return { image };
  };

  for (const { keyword, args, line } of instructions) {
    if (keyword === 'ARG' && stages.length === 0) {
      for (const word of words(args)) {
        const eq = word.indexOf('=');
        if (eq > 0) globalArgs.set(word.slice(0, eq), word.slice(eq + 1));
      }
    } else if (keyword === 'FROM') {
      const parts = words(args).filter((w) => !w.startsWith('--'));
      if (parts.length === 0) throw new LockfileParseError(file, line, 'FROM names no image');
      const as = parts.length >= 3 && parts[1]!.toUpperCase() === 'AS' ? parts[2]!.toLowerCase() : undefined;
      const base = resolve(parts[0]!, line, 'FROM') ?? { none: true };
      stages.push({ ...(as ? { name: as } : {}), base, line, copiesFrom: new Set(), copiedImages: [] });
      if (as !== undefined) stageByName.set(as, stages.length - 1);
    } else if (keyword === 'COPY' && stages.length > 0) {
      const from = words(args).find((w) => w.startsWith('--from='));
      if (from === undefined) continue;
      const stage = stages.at(-1)!;
      const source = resolve(from.slice('--from='.length), line, 'COPY --from');
      if (source && 'stage' in source) stage.copiesFrom.add(source.stage);
      else if (source && 'image' in source) stage.copiedImages.push({ image: source.image, line });
    }
  }
  if (stages.length === 0) note(1, 'no FROM instruction: no base image listed');

  const scopes = stageScopes(stages);
  const packages = new Map<string, Package>();
  const add = (image: ImageReference, scope: Scope): void => {
    const pkg = imagePackage(image, file, scope);
    const key = `${pkg.name}\u0000${pkg.version}\u0000${pkg.ref ?? ''}`;
    const seen = packages.get(key);
    if (seen) seen.scope = strongerScope(seen.scope, scope);
    else packages.set(key, pkg);
  };
  stages.forEach((stage, index) => {
    if ('image' in stage.base) add(stage.base.image, scopes[index]!);
    for (const { image } of stage.copiedImages) add(image, scopes[index]!);
  });
  return { format: 'dockerfile', packages: [...packages.values()], findings };
}

/**
 * Shipped or build-only, per stage. Targets are the stages nothing later uses (any of them can be
 * built with --target) and the last one (the default build); a target ships, and so does every
 * stage it is built FROM. A stage used only by COPY --from is build tooling.
 */
function stageScopes(stages: readonly Stage[]): Scope[] {
  const used = new Set<number>();
  for (const stage of stages) {
    if ('stage' in stage.base) used.add(stage.base.stage);
    for (const index of stage.copiesFrom) used.add(index);
  }
  const scopes: Scope[] = stages.map(() => 'dev');
  stages.forEach((_, index) => {
    if (used.has(index) && index !== stages.length - 1) return;
    for (let at: number | undefined = index; at !== undefined && scopes[at] !== 'runtime';) {
      scopes[at] = 'runtime';
      const base: Base = stages[at]!.base;
      at = 'stage' in base && base.stage < at ? base.stage : undefined;
    }
  });
  return scopes;
}

export const dockerfileFormat: LockfileFormat = {
  id: 'dockerfile',
  ecosystem: 'docker',
  matches: isDockerfilePath,
  parse: parseDockerfile,
};
