/** The CLI's one window on the world: every command writes through it, tests pass a recording one. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** Bad input from the user: exit 2 with the message, no stack trace. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
