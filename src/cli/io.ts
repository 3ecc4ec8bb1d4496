/** The CLI's one window on the world: every command writes through it, tests pass a recording one. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  /** What stdout and stderr are attached to; absent (tests, pipes) means neither is a terminal. */
  terminal?: CliTerminal;
}

/** The terminal facts output depends on, read once at start-up (src/cli/index.ts). */
export interface CliTerminal {
  /** stdout is a terminal: `text` is the default format and colour is allowed. */
  stdoutIsTTY: boolean;
  /** stderr is a terminal: progress is one line rewritten in place. */
  stderrIsTTY: boolean;
  /** Width of stdout in columns: the terminal's, or $COLUMNS when stdout is a pipe or a file. */
  columns?: number;
  /** Width of stderr in columns, when it is a terminal that says. */
  stderrColumns?: number;
  /** NO_COLOR is set (and not empty) or --no-color was given. */
  noColor: boolean;
  /** Replaces the progress line on stderr; an empty string clears it. */
  status: (line: string) => void;
}

/** Bad input from the user: exit 2 with the message, no stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
