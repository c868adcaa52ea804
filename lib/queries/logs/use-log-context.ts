'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { expandContext, startContext, type LogContext } from '@/lib/logs/context';
import type { LogEntry } from '../types';
import { lokiLogPage } from './client';

export interface LogContextState {
  context: LogContext | null;
  loading: 'before' | 'after' | null;
  error?: unknown;
  /** Loads `step` more lines on one side. */
  more: (side: 'before' | 'after') => void;
}

/** Lines around `entry` from its own stream (lib/logs/context.ts): 10 each side first, then more on demand. */
export function useLogContext(entry: LogEntry | null, step = 10): LogContextState {
  const [context, setContext] = useState<LogContext | null>(null);
  const [loading, setLoading] = useState<'before' | 'after' | null>(null);
  const [error, setError] = useState<unknown>();
  const current = useRef<LogContext | null>(null);
  const controller = useRef<AbortController | null>(null);

  const run = useCallback(async (side: 'before' | 'after') => {
    const ctx = current.current;
    const signal = controller.current?.signal;
    if (!ctx || !signal) return;
    setLoading(side);
    try {
      const next = await expandContext(
        (r) => lokiLogPage({ query: r.query, startNs: r.start.toString(), endNs: r.end.toString(), limit: r.limit, direction: r.direction }, signal),
        ctx,
        side,
      );
      if (signal.aborted || current.current !== ctx) return;
      current.current = next;
      setContext(next);
    } catch (e) {
      if (!signal.aborted) setError(e);
    } finally {
      if (!signal.aborted) setLoading(null);
    }
  }, []);

  useEffect(() => {
    controller.current?.abort();
    setError(undefined);
    if (!entry) {
      current.current = null;
      setContext(null);
      return;
    }
    controller.current = new AbortController();
    current.current = startContext(entry, { step });
    setContext(current.current);
    void run('before').then(() => run('after'));
    return () => controller.current?.abort();
  }, [entry, step, run]);

  return { context, loading, error, more: useCallback((side) => void run(side), [run]) };
}
