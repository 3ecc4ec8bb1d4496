// Regenerates the README's inputs/outputs tables from action.yml (the single source of truth).
// `node --import tsx scripts/readme-inputs.ts` rewrites README.md; `--check` exits 1 when stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

interface ActionYml {
  inputs?: Record<string, { description?: string; required?: boolean; default?: string }>;
  outputs?: Record<string, { description?: string }>;
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ').trim();

export function renderActionTables(actionYml: string): string {
  const action = parse(actionYml) as ActionYml;
  const lines = ['| input | required | default | description |', '|---|---|---|---|'];
  for (const [name, input] of Object.entries(action.inputs ?? {})) {
    const fallback = input.default === undefined || input.default === '' ? '' : `\`${cell(input.default)}\``;
    lines.push(
      `| \`${name}\` | ${input.required ? 'yes' : 'no'} | ${fallback} | ${cell(input.description ?? '')} |`,
    );
  }
  lines.push('', '| output | description |', '|---|---|');
  for (const [name, output] of Object.entries(action.outputs ?? {})) {
    lines.push(`| \`${name}\` | ${cell(output.description ?? '')} |`);
  }
  return lines.join('\n');
}

const START = '<!-- inputs:start (generated from action.yml by scripts/readme-inputs.ts) -->';
const END = '<!-- inputs:end -->';

export function updateReadme(readme: string, actionYml: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start === -1 || end === -1) throw new Error(`README.md lacks the ${START} … ${END} markers`);
  return `${readme.slice(0, start + START.length)}\n${renderActionTables(actionYml)}\n${readme.slice(end)}`;
}

if (process.argv[1]?.endsWith('readme-inputs.ts')) {
  const readme = readFileSync('README.md', 'utf8');
  const updated = updateReadme(readme, readFileSync('action.yml', 'utf8'));
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md inputs table is stale: run `npm run docs`');
      process.exit(1);
    }
  } else {
    writeFileSync('README.md', updated);
  }
}
