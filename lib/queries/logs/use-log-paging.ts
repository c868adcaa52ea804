'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { pageLogs, type PagingProgress, type PagingReason } from '@/lib/logs/paging';
import type { LogDirection, LogEntry } from '../types';
import { lokiLogPage } from './client';

export interface LogPagingParams {
  query: string;
  startMs: number;
  endMs: number;
  direction: LogDirection;
  /** Lines per request (at most Loki's 5,000). */
  pageSize: number;
  /** Stop loading at this many lines. */
  maxLines: number;
  /** Changes on every run (Run pressed again, refresh): reloads from the first page. */
  runKey?: unknown;
  enabled?: boolean;
}

export type PagingStatus = 'loading' | 'paging' | 'more' | 'done' | 'error';

export interface LogPaging {
  /** In the requested direction (newest first for 'backward'). */
  entries: LogEntry[];
  status: PagingStatus;
  reason?: PagingReason;
  error?: unknown;
  overflow?: PagingProgress['overflow'];
  /** Loads the next page ("load older" when newest first). */
  loadMore: () => void;
  /** Pages automatically up to `maxLines`, until cancelled. */
  loadAll: () => void;
  /** Stops automatic paging after the request in flight; what was loaded stays. */
  cancel: () => void;
  auto: boolean;
}

const msToNs = (ms: number) => BigInt(Math.round(ms)) * 1_000_000n;

/**
 * A log query loaded page by page past Loki's limit (lib/logs/paging.ts): the first page on start, more on
 * `loadMore`/`loadAll`. A new query or range drops the old pages and aborts what was in flight.
 */
export function useLogPaging(p: LogPagingParams): LogPaging {
  const [state, setState] = useState<Omit<LogPaging, 'loadMore' | 'loadAll' | 'cancel' | 'auto'>>({ entries: [], status: 'loading' });
  const [auto, setAuto] = useState(false);
  const gen = useRef<{ it: AsyncGenerator<PagingProgress>; busy: boolean; done: boolean } | null>(null);
  const autoRef = useRef(false);
  const enabled = p.enabled !== false && p.query.trim() !== '';

  const step = useCallback(async function next(): Promise<void> {
    const g = gen.current;
    if (!g || g.busy || g.done) return;
    g.busy = true;
    setState((s) => ({ ...s, status: s.entries.length ? 'paging' : 'loading' }));
    try {
      const r = await g.it.next();
      if (gen.current !== g) return;
      g.busy = false;
      if (r.done) {
        g.done = true;
        setState((s) => ({ ...s, status: 'done' }));
        return;
      }
      const v = r.value;
      g.done = v.done;
      setState((s) => ({
        entries: v.entries.length ? s.entries.concat(v.entries) : s.entries,
        status: v.done ? 'done' : 'more',
        reason: v.reason,
        overflow: v.overflow ?? s.overflow,
      }));
      if (!v.done && autoRef.current) return next();
      if (v.done) {
        autoRef.current = false;
        setAuto(false);
      }
    } catch (e) {
      if (gen.current !== g) return;
      g.busy = false;
      g.done = true;
      autoRef.current = false;
      setAuto(false);
      setState((s) => ({ ...s, status: 'error', error: e }));
    }
  }, []);

  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    const it = pageLogs(
      (r) =>
        lokiLogPage(
          { query: p.query, startNs: r.start.toString(), endNs: r.end.toString(), limit: r.limit, direction: r.direction },
          r.signal,
        ),
      { start: msToNs(p.startMs), end: msToNs(p.endMs) + 1n, direction: p.direction, pageSize: p.pageSize, maxLines: p.maxLines, signal: controller.signal },
    );
    gen.current = { it, busy: false, done: false };
    autoRef.current = false;
    setAuto(false);
    setState({ entries: [], status: 'loading' });
    void step();
    return () => {
      gen.current = null;
      controller.abort();
    };
  }, [enabled, p.query, p.startMs, p.endMs, p.direction, p.pageSize, p.maxLines, p.runKey, step]);

  const loadMore = useCallback(() => void step(), [step]);
  const loadAll = useCallback(() => {
    autoRef.current = true;
    setAuto(true);
    void step();
  }, [step]);
  const cancel = useCallback(() => {
    autoRef.current = false;
    setAuto(false);
  }, []);
  return { ...state, loadMore, loadAll, cancel, auto };
}
