import 'server-only';
/**
 * The audit log's writer: every datasource request through the API becomes one event, logged at once as a
 * structured line (`"audit":{…}` on stdout, for the cluster's own log pipeline) and written to the database in
 * batches, off the request's path. Events older than RETENTION_DAYS are pruned at most once an hour.
 */
import type { NextRequest } from 'next/server';
import type { Principal } from '../auth/principal';
import { createAuditRepository, type AuditEventInput } from '../db/audit';
import { db } from './db';
import { logger } from './logger';

export const RETENTION_DAYS = 30;
const FLUSH_MS = 1_000;
const FLUSH_AT = 200;
/** If the database is down, at most this many events wait; older ones are dropped (the log lines remain). */
const MAX_PENDING = 10_000;
const PRUNE_EVERY_MS = 3_600_000;

/** Request parameters that say what was read; time ranges and limits are left out. */
const DETAIL_PARAMS = ['query', 'match[]', 'labelSelector', 'fieldSelector', 'namespace', 'container', 'kind', 'metric'];

/** The datasource a route reads, or null for Lantern's own routes. */
export function auditedDatasource(route: string): 'prometheus' | 'loki' | 'kubernetes' | null {
  if (route.startsWith('/api/prometheus/')) return 'prometheus';
  if (route.startsWith('/api/loki/')) return 'loki';
  if (route.startsWith('/api/k8s/')) return 'kubernetes';
  return null;
}

/** What a request asked for, as compact JSON: the query (each one of a batch), selectors and path parameters. */
export function auditDetail(req: NextRequest, params: Record<string, string | string[]>): string {
  const sp = req.nextUrl.searchParams;
  const out: Record<string, unknown> = { ...params };
  for (const key of DETAIL_PARAMS) {
    const all = sp.getAll(key);
    if (all.length) out[key] = all.length === 1 ? all[0] : all;
  }
  const batch = sp.getAll('r').map((r) => new URLSearchParams(r).get('query'));
  if (batch.length) out.queries = batch;
  return JSON.stringify(out);
}

interface Writer {
  pending: AuditEventInput[];
  timer: ReturnType<typeof setTimeout> | null;
  flushing: Promise<void> | null;
  lastPrune: number;
}

const g = globalThis as unknown as { lanternAudit?: Writer };

function writer(): Writer {
  return (g.lanternAudit ??= { pending: [], timer: null, flushing: null, lastPrune: 0 });
}

export function audit(p: Principal, e: Omit<AuditEventInput, 'at' | 'user' | 'via'>): void {
  const event: AuditEventInput = { at: new Date(), user: p.user, via: p.via, ...e };
  logger().info({ audit: { ...event, at: event.at.toISOString() } }, 'audit');
  const w = writer();
  w.pending.push(event);
  if (w.pending.length > MAX_PENDING) w.pending.splice(0, w.pending.length - MAX_PENDING);
  if (w.pending.length >= FLUSH_AT) void flushAudit();
  else if (!w.timer) {
    w.timer = setTimeout(() => void flushAudit(), FLUSH_MS);
    w.timer.unref?.();
  }
}

/** Writes what is pending (tests and shutdown call it directly). Never throws: a failure is logged and retried. */
export async function flushAudit(): Promise<void> {
  const w = writer();
  if (w.timer) clearTimeout(w.timer);
  w.timer = null;
  if (w.flushing) await w.flushing;
  const batch = w.pending.splice(0);
  if (batch.length === 0) return;
  w.flushing = (async () => {
    try {
      const repo = createAuditRepository(await db());
      await repo.record(batch);
      if (Date.now() - w.lastPrune > PRUNE_EVERY_MS) {
        w.lastPrune = Date.now();
        await repo.prune(new Date(Date.now() - RETENTION_DAYS * 86_400_000));
      }
    } catch (err) {
      logger().warn({ err, events: batch.length }, 'audit events not written; retrying');
      w.pending.unshift(...batch);
      if (!w.timer) {
        w.timer = setTimeout(() => void flushAudit(), 5 * FLUSH_MS);
        w.timer.unref?.();
      }
    } finally {
      w.flushing = null;
    }
  })();
  await w.flushing;
}
