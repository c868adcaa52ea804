'use client';

import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createCrosshairStore, type CrosshairState, type CrosshairStore } from './crosshair-store';

const CrosshairContext = createContext<{ store: CrosshairStore; sharedTooltip: boolean } | null>(null);

/**
 * Shares the hovered time across every chart inside it (a dashboard; Explore's split view, where the logs' volume
 * and lines take part too): each draws a vertical line at it, and with `sharedTooltip` each also shows its values
 * there, not only the chart under the pointer.
 */
export function CrosshairProvider({ children, sharedTooltip = false }: { children: ReactNode; sharedTooltip?: boolean }) {
  const [store] = useState(createCrosshairStore);
  const value = useMemo(() => ({ store, sharedTooltip }), [store, sharedTooltip]);
  return <CrosshairContext value={value}>{children}</CrosshairContext>;
}

/** The surrounding provider's crosshair store, or a private one for a chart outside any provider. */
export function useCrosshairStore(): { store: CrosshairStore; sharedTooltip: boolean } {
  const shared = useContext(CrosshairContext);
  const [own] = useState(() => ({ store: createCrosshairStore(), sharedTooltip: false }));
  return shared ?? own;
}

export function useCrosshair(store: CrosshairStore): CrosshairState | null {
  return useSyncExternalStore(store.subscribe, store.get, () => null);
}

/**
 * A writer of the time under the pointer in `sourceId` (a chart, the log volume, the log list): at most once per
 * animation frame; `null` clears the crosshair only if this source set it.
 */
export function useHoverWriter(store: CrosshairStore, sourceId: string): (timeMs: number | null) => void {
  const frame = useRef(0);
  const pending = useRef<number | null>(null);
  useEffect(() => () => cancelAnimationFrame(frame.current), []);
  return useCallback(
    (timeMs: number | null) => {
      pending.current = timeMs;
      if (frame.current) return;
      frame.current = requestAnimationFrame(() => {
        frame.current = 0;
        const t = pending.current;
        if (t !== null) store.set({ timeMs: t, sourceId });
        else if (store.get()?.sourceId === sourceId) store.set(null);
      });
    },
    [store, sourceId],
  );
}
