/**
 * A Loki-compatible HTTP server over the demo cluster's logs. Answers like Loki 2.7.5 as recorded in
 * the shared fixtures: JSON bodies with `stats`, plain-text errors labelled as JSON, Go's 404 page
 * for endpoints 2.7 lacks, and a WebSocket tail.
 */
import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DemoCluster } from '../cluster/cluster';
import { clusterStreams } from '../logs/streams';
import { ParseError, UnsupportedError } from './logql/errors';
import type { SourceStream } from './logql/source';
import { BadRequest, boundsParams, instantParams, rangeParams } from './params';
import { QueryApi } from './queries';
import { attachTail } from './tail';

export interface LokiServerOptions {
  cluster: DemoCluster;
  host?: string;
  port?: number;
  maxEntriesLimit?: number;
  /** Pre-generate the last hour of logs in the background (default true). */
  warmUp?: boolean;
}

export interface LokiServer {
  url: string;
  close(): Promise<void>;
}

const BUILD_INFO = { version: '', revision: '', branch: '', buildUser: '', buildDate: '', goVersion: '' };

function sendJson(res: ServerResponse, body: unknown) {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Loki 2.7 writes errors as plain text while labelling them JSON; clients must not parse them. */
function sendError(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, { 'Content-Type': 'application/json; charset=UTF-8' });
  res.end(message);
}

function notFound(res: ServerResponse) {
  res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  res.end('404 page not found\n');
}

async function formParams(req: IncomingMessage, url: URL): Promise<URLSearchParams> {
  const params = new URLSearchParams(url.search);
  if (req.method !== 'POST' || !String(req.headers['content-type'] ?? '').includes('application/x-www-form-urlencoded')) return params;
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  for (const [k, v] of new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) params.append(k, v);
  return params;
}

/** Streams of the cluster at a time, reused while the cluster's clock stays within the same second. */
function streamSource(cluster: DemoCluster): (atMs: number) => SourceStream[] {
  let cached: { sec: number; streams: SourceStream[] } | null = null;
  return (atMs) => {
    const sec = Math.floor(Math.max(atMs, cluster.now()) / 1000);
    if (!cached || cached.sec !== sec) cached = { sec, streams: clusterStreams(cluster, sec * 1000 + 999) };
    return cached.streams;
  };
}

/** Generate the last hour in the background, a minute at a time, so the first queries hit the cache. */
function warmUp(streams: (atMs: number) => SourceStream[], now: () => number): { stop(): void } {
  let stopped = false;
  const end = now();
  let at = end - 3_600_000;
  const step = () => {
    if (stopped || at >= end) return;
    for (const s of streams(end)) if (s.fromMs < at + 60_000 && s.toMs > at) s.read(at, at + 60_000);
    at += 60_000;
    setTimeout(step, 5).unref();
  };
  setTimeout(step, 50).unref();
  return { stop: () => void (stopped = true) };
}

export async function startLokiServer({ cluster, host = '127.0.0.1', port = 0, maxEntriesLimit = 5000, warmUp: warm0 = true }: LokiServerOptions): Promise<LokiServer> {
  const streams = streamSource(cluster);
  const api = new QueryApi(streams, maxEntriesLimit);
  const nowNs = () => BigInt(cluster.now()) * 1_000_000n;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://loki');
    const path = url.pathname;
    if (req.method !== 'GET' && req.method !== 'POST') return notFound(res);
    try {
      const q = await formParams(req, url);
      if (path === '/ready') {
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end('ready\n');
      }
      if (path === '/loki/api/v1/status/buildinfo') return sendJson(res, BUILD_INFO);
      if (path === '/loki/api/v1/query_range') return sendJson(res, api.range(rangeParams(q, nowNs())));
      if (path === '/loki/api/v1/query') return sendJson(res, api.instant(instantParams(q, nowNs())));
      if (path === '/loki/api/v1/labels' || path === '/loki/api/v1/label') {
        const b = boundsParams(q, nowNs());
        return sendJson(res, api.labels(b.startNs, b.endNs));
      }
      const lv = /^\/loki\/api\/v1\/label\/([^/]+)\/values$/.exec(path);
      if (lv) {
        const b = boundsParams(q, nowNs());
        return sendJson(res, api.labelValues(decodeURIComponent(lv[1]), b.startNs, b.endNs));
      }
      if (path === '/loki/api/v1/series') {
        const b = boundsParams(q, nowNs());
        return sendJson(res, api.series(q.getAll('match[]').concat(q.getAll('match')), b.startNs, b.endNs));
      }
      return notFound(res);
    } catch (e) {
      if (e instanceof ParseError || e instanceof BadRequest || e instanceof UnsupportedError) return sendError(res, 400, e.message);
      return sendError(res, 500, (e as Error).message);
    }
  };

  const server = createServer((req, res) => void handle(req, res));
  const tail = attachTail(server, { streams, now: () => cluster.now() });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const warm = warm0 ? warmUp(streams, () => cluster.now()) : { stop() {} };
  const addr = server.address() as AddressInfo;
  return {
    url: `http://${host}:${addr.port}`,
    close: async () => {
      warm.stop();
      tail.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
