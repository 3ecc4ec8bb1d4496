import { Octokit } from '@octokit/core';
import { paginateRest } from '@octokit/plugin-paginate-rest';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

// @actions/github's getOctokit is this Octokit plus a proxy-aware fetch that it builds at import
// time from the bundled undici (~770 KB of JavaScript, about half the action's cold start). Node's
// own fetch serves the usual runner; undici loads only where a proxy is configured.
// The adapter calls routes as GitHub documents them (`client.request('GET /repos/{owner}/{repo}/…')`,
// typed by @octokit/types) rather than through @octokit/plugin-rest-endpoint-methods, whose table of
// every endpoint (~100 KB) was the largest piece of code the action compiled before its first request.
const GitHub = Octokit.plugin(paginateRest, retry, throttling);

export type GitHubClient = InstanceType<typeof GitHub>;

export interface ClientOptions {
  token: string;
  apiUrl: string;
  /** Logs a rate-limit wait; the plugins decide whether to wait, we only say so. */
  warn: (message: string) => void;
}

const PROXY_VARIABLES = ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY'];

/** Fetch through the runner's proxy (https_proxy, no_proxy) the way @actions/http-client reads it. */
function createProxyFetch(apiUrl: string): typeof fetch {
  let proxied: Promise<typeof fetch> | undefined;
  const load = async (): Promise<typeof fetch> => {
    const [{ HttpClient }, undici] = await Promise.all([import('@actions/http-client'), import('undici')]);
    const dispatcher = new HttpClient().getAgentDispatcher(apiUrl);
    return ((url: Parameters<typeof fetch>[0], init?: RequestInit) =>
      undici.fetch(url as never, { ...(init as object), dispatcher } as never)) as unknown as typeof fetch;
  };
  return async (url, init) => (await (proxied ??= load()))(url, init);
}

/** Built from run(), never at import time, so tests and the CLI can load modules without a token. */
export function createGitHubClient({ token, apiUrl, warn }: ClientOptions): GitHubClient {
  const proxy = PROXY_VARIABLES.some((name) => (process.env[name] ?? '') !== '');
  return new GitHub({
    auth: `token ${token}`,
    baseUrl: apiUrl,
    ...(proxy ? { request: { fetch: createProxyFetch(apiUrl) } } : {}),
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
  });
}
