'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { appendTail, backoffMs, emptyTailBuffer, type TailBuffer } from '@/lib/logs/tail-buffer';
import { readTail } from './tail-stream';

export interface LiveTailOptions {
  query: string;
  enabled: boolean;
  /** Lines kept in memory (oldest dropped beyond it). */
  maxLines?: number;
  /** Lines Loki sends from history when the tail opens. */
  limit?: number;
}

export type TailStatus = 'connecting' | 'live' | 'paused' | 'reconnecting' | 'error';

export interface LiveTail {
  buffer: TailBuffer;
  status: TailStatus;
  error?: unknown;
  /** Lines per second over the last 5 s. */
  rate: number;
  /** The next reconnect attempt, ms since the epoch (while reconnecting). */
  retryAt?: number;
  pause: () => void;
  resume: () => void;
  clear: () => void;
}

const RATE_WINDOW_MS = 5000;

/**
 * Live tail through /api/loki/tail. While paused the connection stays open and lines keep arriving in the buffer
 * (nothing is lost); the view freezes what it shows. A dropped connection reconnects with backoff from the last
 * timestamp received; repeated lines are skipped (lib/logs/tail-buffer.ts). A query Loki refuses is not retried.
 */
export function useLiveTail({ query, enabled, maxLines = 10_000, limit = 100 }: LiveTailOptions): LiveTail {
  const [buffer, setBuffer] = useState<TailBuffer>(emptyTailBuffer);
  const [status, setStatus] = useState<TailStatus>('connecting');
  const [error, setError] = useState<unknown>();
  const [retryAt, setRetryAt] = useState<number>();
  const [paused, setPaused] = useState(false);
  const [rate, setRate] = useState(0);
  const bufferRef = useRef(buffer);
  const arrivals = useRef<{ at: number; n: number }[]>([]);

  useEffect(() => {
    if (!enabled || query.trim() === '') return;
    const controller = new AbortController();
    bufferRef.current = emptyTailBuffer();
    setBuffer(bufferRef.current);
    arrivals.current = [];
    let attempt = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const connect = async () => {
      setStatus(attempt === 0 ? 'connecting' : 'reconnecting');
      try {
        const start = bufferRef.current.lastTsNs;
        for await (const event of readTail({ query, start, limit: start ? 5000 : limit }, controller.signal)) {
          if (event.type === 'open') {
            attempt = 0;
            setStatus('live');
            setError(undefined);
            setRetryAt(undefined);
          } else if (event.type === 'entries') {
            const before = bufferRef.current.received;
            bufferRef.current = appendTail(bufferRef.current, event.entries, maxLines, event.dropped.length);
            arrivals.current.push({ at: Date.now(), n: bufferRef.current.received - before });
            setBuffer(bufferRef.current);
          }
        }
        if (controller.signal.aborted) return;
        throw new Error('Loki ended the tail');
      } catch (e) {
        if (controller.signal.aborted) return;
        const status = (e as { status?: number }).status ?? 0;
        setError(e);
        // The query or the request is wrong: retrying cannot help.
        if (status >= 400 && status < 500 && status !== 408 && status !== 429) {
          setStatus('error');
          return;
        }
        const wait = backoffMs(attempt++);
        setStatus('reconnecting');
        setRetryAt(Date.now() + wait);
        timer = setTimeout(() => void connect(), wait);
      }
    };
    void connect();
    const rateTimer = setInterval(() => {
      const now = Date.now();
      arrivals.current = arrivals.current.filter((a) => a.at > now - RATE_WINDOW_MS);
      setRate(arrivals.current.reduce((n, a) => n + a.n, 0) / (RATE_WINDOW_MS / 1000));
    }, 1000);
    return () => {
      controller.abort();
      clearTimeout(timer);
      clearInterval(rateTimer);
    };
  }, [enabled, query, maxLines, limit]);

  const pause = useCallback(() => setPaused(true), []);
  const resume = useCallback(() => setPaused(false), []);
  const clear = useCallback(() => {
    bufferRef.current = { ...emptyTailBuffer(), keys: bufferRef.current.keys, lastTsNs: bufferRef.current.lastTsNs };
    setBuffer(bufferRef.current);
  }, []);
  return { buffer, status: paused && status === 'live' ? 'paused' : status, error, rate, retryAt, pause, resume, clear };
}
