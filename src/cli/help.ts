/** `soup-gate --help`: kept apart so printing it loads no command. */
export const HELP = `soup-gate — SOUP change control for lockfiles

Usage:
  soup-gate diff --base <dir|git-ref> --head <dir|git-ref> [options]
  soup-gate list | check | register init [options]   (SOUP.md, sbom.cdx.json, register; see soup-gate list --help)
  soup-gate monitor [--root <dir>] [options]          (published anomalies not yet evaluated; see soup-gate monitor --help)
  soup-gate trace --junit <file>... [options]         (requirements -> tests -> results: soup/TRACEABILITY.md; see soup-gate trace --help)
  soup-gate report --out <dir> [options]              (the audit pack: one self-contained index.html; see soup-gate report --help)

Options for diff:
  --base <dir|ref>          the tree before the change: a folder, or a git ref read with git show (no checkout)
  --head <dir|ref>          the tree after the change (default: the working folder)
  --repo <dir>              the git repository refs are read from (default: the working folder)
  --format text|json|markdown
                            output format (default: text at a terminal, json when piped)
  --scope direct|all        which changes to list (default: all)
  --ignore <glob>           root-relative paths not to inventory (repeatable)
  --max-lockfile-bytes <n>  refuse lockfiles larger than this (default: 104857600)
  --enrich                  look up known anomalies (OSV), licences and links (deps.dev) per change
  --offline                 with --enrich: make no request, report every change as not checked
  --osv-url <url>           OSV API base URL (default: https://api.osv.dev), e.g. a mirror
  --deps-dev-url <url>      deps.dev API base URL (default: https://api.deps.dev)
  --quiet                   no progress lines on stderr
  -h, --help                this text

Output (diff, list, check, monitor):
  --format text             aligned columns cut to the terminal's width (piped: uncut, or cut to
                            $COLUMNS), grouped by lockfile, a one-line summary first; colour and
                            symbols only on a terminal
  --format json             the data, for scripts (diff's default when stdout is not a terminal)
  --format markdown         for PR bodies and job summaries (monitor's default when not a terminal)
  Without --format: text at a terminal; when piped, what each command printed before text
  existed (diff: json, monitor: markdown, list and check: text without colour).

Options for every command:
  --no-color                no colour or symbols (so does the NO_COLOR environment variable)
  --quiet                   no progress on stderr (a terminal gets one line rewritten in place)
  --debug                   the stack trace of an unexpected failure

Exit status: 0 when it ran (with or without changes), 2 on bad input, 1 on an unexpected failure.
`;
