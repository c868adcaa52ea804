/**
 * GET /api/v1/namespaces/{ns}/pods/{name}/log: the lines of one container instance as the kubelet serves them,
 * with tailLines, sinceSeconds/sinceTime, timestamps, limitBytes and follow.
 */
import type { ServerResponse } from 'node:http';
import type { DemoPod } from '../cluster/pods';
import type { ContainerLogs, LogEntry } from '../logs/types';
import { type Instance, instanceEnd, resolveInstance } from './log-instance';
import { badRequest } from './status';

export interface LogQuery {
  container: string;
  previous: boolean;
  tailLines?: number;
  sinceMs?: number;
  timestamps: boolean;
  limitBytes?: number;
  follow: boolean;
}

export interface LogContext {
  now: () => number;
  /** The pod as it is at a time, or undefined once it is gone. */
  podAt: (tMs: number) => DemoPod | undefined;
  logs: ContainerLogs;
  pollMs: number;
  /** How far back a container's log reaches, standing in for the kubelet's log rotation. */
  retentionMs: number;
}

const CHUNK_MS = 10 * 60_000;

function intParam(q: URLSearchParams, name: string, min: number): number | undefined {
  const raw = q.get(name);
  if (raw === null || raw === '') return undefined;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw badRequest(`strconv.ParseInt: parsing "${raw}": invalid syntax`);
  if (n < min) throw badRequest(`PodLogOptions "" is invalid: ${name}: Invalid value: ${n}: must be ${min === 0 ? 'greater than or equal to 0' : 'greater than 0'}`);
  return n;
}

const boolParam = (q: URLSearchParams, name: string) => q.get(name) === 'true' || q.get(name) === '1';

export function parseLogQuery(q: URLSearchParams, container: string, nowMs: number): LogQuery {
  const sinceSeconds = intParam(q, 'sinceSeconds', 1);
  const sinceTime = q.get('sinceTime');
  if (sinceSeconds !== undefined && sinceTime) throw badRequest('PodLogOptions "" is invalid: : Forbidden: at most one of `sinceTime` or `sinceSeconds` may be specified');
  let sinceMs: number | undefined;
  if (sinceTime) {
    sinceMs = Date.parse(sinceTime);
    if (!Number.isFinite(sinceMs)) throw badRequest(`parsing time "${sinceTime}" as "2006-01-02T15:04:05Z07:00": cannot parse "${sinceTime}" as "2006"`);
  } else if (sinceSeconds !== undefined) sinceMs = nowMs - sinceSeconds * 1000;
  return {
    container,
    previous: boolParam(q, 'previous'),
    tailLines: intParam(q, 'tailLines', 0),
    sinceMs,
    timestamps: boolParam(q, 'timestamps'),
    limitBytes: intParam(q, 'limitBytes', 1),
    follow: boolParam(q, 'follow'),
  };
}

/** The kubelet's format: RFC3339 with nine fraction digits, always. */
export function formatTimestamp(tsNs: string): string {
  const ns = BigInt(tsNs);
  const ms = Number(ns / 1_000_000n);
  const frac = (ns % 1_000_000_000n).toString().padStart(9, '0');
  return `${new Date(ms).toISOString().slice(0, 19)}.${frac}Z`;
}

function render(entries: LogEntry[], q: LogQuery, sinceNs: bigint | null): string[] {
  const out: string[] = [];
  for (const e of entries) {
    if (sinceNs !== null && BigInt(e.tsNs) < sinceNs) continue;
    const prefix = q.timestamps ? `${formatTimestamp(e.tsNs)} ` : '';
    for (const line of e.line.split('\n')) out.push(`${prefix}${line}\n`);
  }
  return out;
}

/** Waits for the response to drain or close, leaving no listeners behind. */
function drained(res: ServerResponse): Promise<void> {
  if (res.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done).off('close', done);
      resolve();
    };
    res.on('drain', done).on('close', done);
  });
}

/** Resolves the instance or throws a StatusError; then streams. Returns when the response is complete. */
export async function servePodLogs(res: ServerResponse, ctx: LogContext, pod: DemoPod, q: LogQuery): Promise<void> {
  const now = ctx.now();
  const instance: Instance = resolveInstance(pod, q.container, q.previous, now);
  const sinceNs = q.sinceMs !== undefined ? BigInt(Math.floor(q.sinceMs)) * 1_000_000n : null;
  const from = Math.max(instance.startMs, now - ctx.retentionMs, q.sinceMs !== undefined ? Math.floor(q.sinceMs) : -Infinity);
  const to = Math.min(instance.endMs ?? now, now);

  let closed = false;
  res.on('close', () => (closed = true));
  res.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();
  let budget = q.limitBytes ?? Infinity;
  const write = async (lines: string[]): Promise<boolean> => {
    for (const l of lines) {
      if (closed || budget <= 0) return false;
      let chunk = Buffer.from(l);
      if (chunk.length > budget) chunk = chunk.subarray(0, budget);
      budget -= chunk.length;
      if (!res.write(chunk)) await drained(res);
    }
    return !closed && budget > 0;
  };
  const range = (a: number, b: number) => (b > a ? render(ctx.logs(pod, q.container, a, b), q, sinceNs) : []);

  let more = true;
  if (q.tailLines !== undefined) {
    // Widen a window back from the end until it holds enough lines, instead of generating the whole instance.
    let lines: string[] = [];
    for (let w = 60_000; ; w *= 4) {
      const a = Math.max(from, to - w);
      lines = range(a, to);
      if (lines.length >= q.tailLines || a === from) break;
    }
    more = await write(q.tailLines === 0 ? [] : lines.slice(-q.tailLines));
  } else {
    for (let a = from; a < to && more; a += CHUNK_MS) more = await write(range(a, Math.min(a + CHUNK_MS, to)));
  }

  if (q.follow && instance.endMs === null) {
    let cursor = to;
    while (more && !closed) {
      await new Promise((r) => setTimeout(r, ctx.pollMs));
      if (closed) break;
      const t = ctx.now();
      const current = ctx.podAt(t);
      const end = current ? instanceEnd(current, q.container, instance.startMs, t) : (pod.deletedMs ?? t);
      const upTo = Math.min(end ?? t, t);
      more = await write(range(cursor, upTo));
      cursor = Math.max(cursor, upTo);
      if (end !== null) break;
    }
  }
  if (!res.writableEnded) res.end();
}
