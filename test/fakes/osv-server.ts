/**
 * A stateful fake of the OSV API on 127.0.0.1, following the documented shapes
 * (https://google.github.io/osv.dev/post-v1-querybatch/, /get-v1-vulns/): querybatch answers one
 * result per query, in order, with `vulns: [{id, modified}]` and `next_page_token` when a query
 * has more; GET /v1/vulns/{id} returns the full record. It counts every request, can inject faults,
 * and stops itself (unref'd, and closed after two minutes at most).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  body: string;
}

/** What to answer instead of the normal response; `delayMs` without `status` just stalls first. */
export interface Fault {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  delayMs?: number;
}

export type FaultHook = (request: RecordedRequest, countForPath: number) => Fault | undefined;

export interface FakeServer {
  url: string;
  requests: RecordedRequest[];
  /** Requests whose path starts with the prefix. */
  count(prefix?: string): number;
  close(): Promise<void>;
}

const LIFETIME_MS = 120_000;

/** Starts a loopback server around a JSON handler; shared by the fakes in this folder. */
export async function startFakeServer(
  handle: (request: RecordedRequest) => { status: number; body: unknown; headers?: Record<string, string> },
  fault?: FaultHook,
): Promise<FakeServer> {
  const requests: RecordedRequest[] = [];
  const perPath = new Map<string, number>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const request = {
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(request);
      const key = `${request.method} ${request.path}`;
      const n = (perPath.get(key) ?? 0) + 1;
      perPath.set(key, n);
      const injected = fault?.(request, n);
      const respond = (): void => {
        if (res.destroyed) return;
        if (injected?.status !== undefined || injected?.body !== undefined) {
          res.writeHead(injected.status ?? 200, { 'content-type': 'application/json', ...injected.headers });
          res.end(injected.body ?? '');
          return;
        }
        const out = handle(request);
        res.writeHead(out.status, { 'content-type': 'application/json', ...out.headers });
        res.end(JSON.stringify(out.body));
      };
      if (injected?.delayMs !== undefined) {
        const timer = setTimeout(respond, injected.delayMs);
        timer.unref();
        res.on('close', () => clearTimeout(timer));
      } else respond();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  const stop = setTimeout(() => server.close(), LIFETIME_MS);
  stop.unref();
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    count: (prefix = '') => requests.filter((r) => r.path.startsWith(prefix)).length,
    close: () =>
      new Promise<void>((resolve) => {
        clearTimeout(stop);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface OsvRecord {
  id: string;
  summary?: string;
  details?: string;
  aliases?: string[];
  modified?: string;
  withdrawn?: string;
  severity?: { type: string; score: string }[];
  database_specific?: Record<string, unknown>;
  affected?: {
    package: { ecosystem: string; name: string };
    /** Enumerated affected versions, as OSV records list them. */
    versions?: string[];
    ranges?: { type: string; repo?: string; events: Record<string, string>[] }[];
  }[];
}

export interface FakeOsvOptions {
  vulns?: OsvRecord[];
  /** Commit queries: commit SHA -> ids. */
  commits?: Record<string, string[]>;
  /** Vulns per query per page; a query with more gets a next_page_token. */
  pageSize?: number;
  fault?: FaultHook;
}

export interface FakeOsv extends FakeServer {
  /** Number of queries in each querybatch request, in order. */
  batchSizes: number[];
  /** Queries that carried a page_token. */
  pagedQueries: number;
}

interface Query {
  commit?: string;
  version?: string;
  package?: { ecosystem?: string; name?: string };
  page_token?: string;
}

export async function startFakeOsv(options: FakeOsvOptions = {}): Promise<FakeOsv> {
  const vulns = options.vulns ?? [];
  const byId = new Map(vulns.map((v) => [v.id, v]));
  const pageSize = options.pageSize ?? 1000;
  const batchSizes: number[] = [];
  let pagedQueries = 0;

  const matches = (query: Query): string[] => {
    if (query.commit !== undefined) return options.commits?.[query.commit] ?? [];
    return vulns
      .filter((v) =>
        (v.affected ?? []).some(
          (a) =>
            a.package.ecosystem === query.package?.ecosystem &&
            a.package.name === query.package?.name &&
            (a.versions ?? []).includes(query.version ?? ''),
        ),
      )
      .map((v) => v.id);
  };

  const server = await startFakeServer((request) => {
    if (request.method === 'POST' && request.path === '/v1/querybatch') {
      let queries: Query[];
      try {
        queries = (JSON.parse(request.body) as { queries: Query[] }).queries;
      } catch {
        return { status: 400, body: { code: 3, message: 'Invalid JSON' } };
      }
      batchSizes.push(queries.length);
      if (queries.length > 1000) {
        return { status: 400, body: { code: 3, message: 'Too many queries.' } };
      }
      const results = queries.map((query) => {
        if (query.page_token !== undefined) pagedQueries++;
        const offset = query.page_token !== undefined ? Number(query.page_token) : 0;
        const ids = matches(query);
        const page = ids.slice(offset, offset + pageSize);
        if (page.length === 0) return {};
        const result: { vulns: { id: string; modified: string }[]; next_page_token?: string } = {
          vulns: page.map((id) => ({ id, modified: byId.get(id)?.modified ?? '2024-01-01T00:00:00Z' })),
        };
        if (offset + pageSize < ids.length) result.next_page_token = String(offset + pageSize);
        return result;
      });
      return { status: 200, body: { results } };
    }
    const vuln = /^\/v1\/vulns\/([^/?]+)$/.exec(request.path);
    if (request.method === 'GET' && vuln) {
      const record = byId.get(decodeURIComponent(vuln[1]!));
      return record
        ? { status: 200, body: { modified: '2024-01-01T00:00:00Z', ...record } }
        : { status: 404, body: { code: 5, message: 'Bug not found.' } };
    }
    return { status: 404, body: { code: 5, message: 'Not found' } };
  }, options.fault);
  return {
    ...server,
    batchSizes,
    get pagedQueries() {
      return pagedQueries;
    },
  };
}
