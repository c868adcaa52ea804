/**
 * /loki/api/v1/tail over WebSocket: first the entries since `start` (at most `limit`, oldest first),
 * then new lines as the clock passes them, one stream object per entry as Loki 2.7 sends them.
 */
import type { Server } from 'node:http';
import { type WebSocket, WebSocketServer } from 'ws';
import type { LogSelector } from './logql/ast';
import { ParseError, UnsupportedError } from './logql/errors';
import { evalLogQuery } from './logql/eval-logs';
import { parseQuery } from './logql/parse';
import type { SourceStream } from './logql/source';
import { newStats } from './logql/stats';
import { BadRequest, parseTimestamp } from './params';

/** Most entries one message carries; the rest are reported in dropped_entries like Loki's tailer. */
const MAX_ENTRIES_PER_MESSAGE = 1000;
const POLL_MS = 1000;

interface TailDeps {
  streams: (atMs: number) => SourceStream[];
  now: () => number;
}

function message(selector: LogSelector, deps: TailDeps, fromNs: bigint, toNs: bigint, limit: number) {
  const stats = newStats();
  const streams = deps.streams(Number(toNs / 1_000_000n));
  const result = evalLogQuery(streams, selector, { startNs: fromNs, endNs: toNs, limit: limit + MAX_ENTRIES_PER_MESSAGE, direction: 'forward' }, stats);
  const flat = result.flatMap((s) => s.values.map((v) => ({ stream: s.stream, values: [v] })));
  flat.sort((a, b) => (a.values[0][0] < b.values[0][0] ? -1 : a.values[0][0] > b.values[0][0] ? 1 : 0));
  const sent = flat.slice(0, limit);
  const dropped = flat.slice(limit, limit + MAX_ENTRIES_PER_MESSAGE).map((e) => ({ labels: e.stream, timestamp: e.values[0][0] }));
  return dropped.length ? { streams: sent, dropped_entries: dropped } : { streams: sent };
}

function run(ws: WebSocket, selector: LogSelector, deps: TailDeps, startNs: bigint, limit: number): () => void {
  let cursor = BigInt(deps.now()) * 1_000_000n;
  // history: the newest `limit` entries since start, oldest first
  const history = evalLogQuery(deps.streams(deps.now()), selector, { startNs, endNs: cursor, limit, direction: 'backward' }, newStats());
  const first = history.flatMap((s) => s.values.map((v) => ({ stream: s.stream, values: [v] })));
  first.sort((a, b) => (a.values[0][0] < b.values[0][0] ? -1 : 1));
  if (first.length) ws.send(JSON.stringify({ streams: first }));
  const timer = setInterval(() => {
    const next = BigInt(deps.now()) * 1_000_000n;
    if (next <= cursor) return;
    const body = message(selector, deps, cursor, next, MAX_ENTRIES_PER_MESSAGE);
    cursor = next;
    if (body.streams.length || 'dropped_entries' in body) ws.send(JSON.stringify(body));
  }, POLL_MS);
  return () => clearInterval(timer);
}

export function attachTail(server: Server, deps: TailDeps): { close(): void } {
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://loki');
    if (url.pathname !== '/loki/api/v1/tail') {
      socket.end('HTTP/1.1 404 Not Found\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Length: 19\r\n\r\n404 page not found\n');
      return;
    }
    let selector: LogSelector;
    let startNs: bigint;
    let limit: number;
    try {
      const q = parseQuery(url.searchParams.get('query') ?? '');
      if (q.kind !== 'log') throw new ParseError('tail queries must be log queries');
      selector = q.selector;
      startNs = parseTimestamp(url.searchParams.get('start'), BigInt(deps.now() - 3_600_000) * 1_000_000n);
      limit = Number(url.searchParams.get('limit') ?? 100) || 100;
    } catch (e) {
      const known = e instanceof ParseError || e instanceof BadRequest || e instanceof UnsupportedError;
      const msg = known ? (e as Error).message : 'internal error';
      socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: ${Buffer.byteLength(msg)}\r\n\r\n${msg}`);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      const stop = run(ws, selector, deps, startNs, limit);
      ws.on('close', stop);
      ws.on('error', stop);
    });
  });
  return {
    close() {
      for (const c of wss.clients) c.terminate();
      wss.close();
    },
  };
}
