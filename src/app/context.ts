import type { ActionConfig } from '../config/inputs.js';
import type { GitHubClient } from '../github/client.js';
import type { RepoRef } from '../github/types.js';

/** What a use case may say and write on the runner; the action backs it with @actions/core, tests with a fake. */
export interface AppIo {
  info(message: string): void;
  warning(message: string): void;
  notice(message: string): void;
  setOutput(name: string, value: string): void;
  writeSummary(markdown: string): Promise<void>;
  now(): Date;
}

/** Everything an action use case needs, passed in once: the client, the repository, the inputs, the runner. */
export interface AppContext {
  client: GitHubClient;
  repo: RepoRef;
  config: ActionConfig;
  io: AppIo;
}
