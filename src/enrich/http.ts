/**
 * The one place enrichment talks HTTP: a JSON client over an injected `fetch` with a timeout per
 * attempt, bounded retries (exponential backoff with jitter, Retry-After honoured) on 429/5xx and
 * network errors, one cache per run and a request counter per host. It throws LookupError only;
 * callers turn that into a recorded lookup failure, never a crash.
 */

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** A lookup that could not be completed: the URL and what went wrong, in words a user can act on. */
export class LookupError extends Error {
  override readonly name = 'LookupError';
  constructor(
    readonly url: string,
    readonly reason: string,
  ) {
    super(`${url}: ${reason}`);
  }
}

export interface HttpOptions {
  fetch: FetchLike;
  /** Per attempt. */
  timeoutMs?: number;
  /** Retries after the first attempt, on 429, 5xx, timeouts and network errors. */
  retries?: number;
  /** Longest Retry-After we wait; a server asking for more is a failure, not a hang. */
  maxRetryAfterMs?: number;
  /** Backoff base: attempt n waits base * 2^n plus up to base of jitter. */
  backoffMs?: number;
  /** Largest response body we read. */
  maxResponseBytes?: number;
  /** Injected for tests; real timers otherwise. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  userAgent?: string;
}

export interface JsonResponse {
  status: number;
  /** null for a 404 when the caller allowed it. */
  body: unknown;
}

export interface HttpClient {
  getJson(url: string, options?: { allowNotFound?: boolean }): Promise<JsonResponse>;
  postJson(url: string, payload: unknown): Promise<JsonResponse>;
  /** Requests actually sent (retries included, cache hits not), by host. */
  readonly requests: Record<string, number>;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_RETRIES = 3;
const DEFAULT_MAX_RETRY_AFTER_MS = 60_000;
const DEFAULT_BACKOFF_MS = 500;
const DEFAULT_MAX_RESPONSE_BYTES = 32 * 1024 * 1024;

const realSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Seconds or an HTTP date (RFC 9110 §10.2.3); undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function describeError(error: unknown, timeoutMs: number): { reason: string; transient: boolean } {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError' || error.name === 'AbortError') {
      return { reason: `no response within ${timeoutMs} ms`, transient: true };
    }
    const cause = (error as { cause?: unknown }).cause;
    const detail = cause instanceof Error ? `: ${cause.message}` : '';
    return { reason: `request failed (${error.message}${detail})`, transient: true };
  }
  return { reason: `request failed (${String(error)})`, transient: true };
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function createHttpClient(options: HttpOptions): HttpClient {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const retries = options.retries ?? DEFAULT_RETRIES;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? DEFAULT_MAX_RETRY_AFTER_MS;
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const requests: Record<string, number> = {};
  // Promises, not values: two callers asking for the same thing at once share one request.
  const cache = new Map<string, Promise<JsonResponse>>();

  async function attemptOnce(
    url: string,
    init: RequestInit,
    allowNotFound: boolean,
  ): Promise<{ done: JsonResponse } | { retry: string; waitMs?: number }> {
    const host = hostOf(url);
    requests[host] = (requests[host] ?? 0) + 1;
    let response: Response;
    let text: string;
    try {
      response = await options.fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel().catch(() => undefined);
        const waitMs = parseRetryAfter(response.headers.get('retry-after'));
        if (waitMs !== undefined && waitMs > maxRetryAfterMs) {
          throw new LookupError(
            url,
            `HTTP ${response.status}; the server asks to retry after ${Math.ceil(waitMs / 1000)} s, longer than the ${maxRetryAfterMs / 1000} s we wait`,
          );
        }
        return { retry: `HTTP ${response.status}`, ...(waitMs !== undefined ? { waitMs } : {}) };
      }
      if (response.status === 404 && allowNotFound) {
        await response.body?.cancel().catch(() => undefined);
        return { done: { status: 404, body: null } };
      }
      const length = Number(response.headers.get('content-length') ?? '0');
      if (length > maxBytes) {
        await response.body?.cancel().catch(() => undefined);
        throw new LookupError(url, `response of ${length} bytes is larger than the ${maxBytes} we read`);
      }
      text = await response.text();
    } catch (error) {
      if (error instanceof LookupError) throw error;
      return { retry: describeError(error, timeoutMs).reason };
    }
    if (!response.ok) {
      throw new LookupError(url, `HTTP ${response.status} ${response.statusText}`.trim());
    }
    if (text.length > maxBytes) {
      throw new LookupError(url, `response larger than the ${maxBytes} bytes we read`);
    }
    try {
      return { done: { status: response.status, body: JSON.parse(text) as unknown } };
    } catch (error) {
      const start = JSON.stringify(text.slice(0, 60));
      throw new LookupError(
        url,
        `malformed JSON in the response (${(error as Error).message}); it starts with ${start}`,
      );
    }
  }

  async function send(url: string, init: RequestInit, allowNotFound: boolean): Promise<JsonResponse> {
    let lastReason = '';
    for (let attempt = 0; attempt <= retries; attempt++) {
      const outcome = await attemptOnce(url, init, allowNotFound);
      if ('done' in outcome) return outcome.done;
      lastReason = outcome.retry;
      if (attempt === retries) break;
      const wait = outcome.waitMs ?? backoffMs * 2 ** attempt + random() * backoffMs;
      await sleep(wait);
    }
    throw new LookupError(
      url,
      `${lastReason}, still after ${retries + 1} attempt${retries === 0 ? '' : 's'}`,
    );
  }

  function cached(key: string, run: () => Promise<JsonResponse>): Promise<JsonResponse> {
    let entry = cache.get(key);
    if (entry === undefined) {
      entry = run();
      cache.set(key, entry);
    }
    return entry;
  }

  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.userAgent !== undefined) headers['user-agent'] = options.userAgent;

  return {
    requests,
    getJson(url, getOptions) {
      const allowNotFound = getOptions?.allowNotFound ?? false;
      return cached(`GET ${url} ${allowNotFound}`, () =>
        send(url, { method: 'GET', headers }, allowNotFound),
      );
    },
    postJson(url, payload) {
      const body = JSON.stringify(payload);
      return cached(`POST ${url}\n${body}`, () =>
        send(
          url,
          { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body },
          false,
        ),
      );
    },
  };
}

/** Runs fn over items with at most `limit` in flight; results in input order. */
export async function mapWithLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}
