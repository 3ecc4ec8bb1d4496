import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type GitHubClient = ReturnType<typeof getOctokit>;

export interface ClientOptions {
  token: string;
  apiUrl: string;
  /** Logs a rate-limit wait; the plugins decide whether to wait, we only say so. */
  warn: (message: string) => void;
}

/** Built from run(), never at import time, so tests and the CLI can load modules without a token. */
export function createGitHubClient({ token, apiUrl, warn }: ClientOptions): GitHubClient {
  return getOctokit(
    token,
    {
      baseUrl: apiUrl,
      retry: { retries: 3 },
      throttle: {
        onRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          warn(`GitHub rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return retryCount < 2;
        },
        onSecondaryRateLimit: (
          retryAfter: number,
          options: { method: string; url: string },
          _octokit: unknown,
          retryCount: number,
        ) => {
          warn(`GitHub secondary rate limit on ${options.method} ${options.url}; retrying in ${retryAfter}s`);
          return retryCount < 2;
        },
      },
    },
    retry,
    throttling,
  );
}
