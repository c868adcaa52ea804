'use client';

import { createContext } from 'react';

/**
 * The instant relative ranges are evaluated against. It is held still between refreshes so that `now-1h` resolves to
 * the same start/end on every render (stable query keys), and moves only on refresh, auto-refresh or a range change.
 */
export interface EvalTime {
  nowMs: number;
  /** Moves "now" forward without forcing a refetch (new keys fetch by themselves). */
  touch: () => void;
  /** Moves "now" forward, re-runs every query and re-renders server components. */
  refreshNow: () => void;
}

export const EvalTimeContext = createContext<EvalTime | null>(null);
