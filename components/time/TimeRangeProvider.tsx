'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { EvalTimeContext, type EvalTime } from '@/lib/time/eval-time-context';

/**
 * Holds the "now" relative ranges resolve against. A refresh moves it (new query keys for relative ranges), then
 * invalidates every query (absolute ranges and everything else) and re-renders server components.
 * It reads no search params itself, so it never forces the pages below it to render on the client only.
 * `initialNowMs` is the server's "now" for this response: the browser starts from the same instant, so text
 * derived from it (resolved ranges, "5 min ago") hydrates without a mismatch.
 */
export function TimeRangeProvider({ children, initialNowMs }: { children: ReactNode; initialNowMs?: number }) {
  const queryClient = useQueryClient();
  const router = useRouter();
  const [state, setState] = useState(() => ({ nowMs: initialNowMs ?? Date.now(), generation: 0 }));

  const touch = useCallback(() => setState((s) => ({ ...s, nowMs: Date.now() })), []);
  const refreshNow = useCallback(() => setState((s) => ({ nowMs: Date.now(), generation: s.generation + 1 })), []);

  useEffect(() => {
    if (state.generation === 0) return;
    // After the render with the new "now": queries whose keys changed are already fetching; don't restart them.
    void queryClient.invalidateQueries(undefined, { cancelRefetch: false });
    router.refresh();
  }, [state.generation, queryClient, router]);

  const value = useMemo<EvalTime>(() => ({ nowMs: state.nowMs, touch, refreshNow }), [state.nowMs, touch, refreshNow]);
  return <EvalTimeContext.Provider value={value}>{children}</EvalTimeContext.Provider>;
}
