'use client';

import { createContext, useContext, useMemo, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createCrosshairStore, type CrosshairState, type CrosshairStore } from './crosshair-store';

const CrosshairContext = createContext<{ store: CrosshairStore; sharedTooltip: boolean } | null>(null);

/**
 * Shares the hovered time across every chart inside it (a dashboard): each draws a vertical line at it, and with
 * `sharedTooltip` each also shows its values there, not only the chart under the pointer.
 */
export function CrosshairProvider({ children, sharedTooltip = false }: { children: ReactNode; sharedTooltip?: boolean }) {
  const [store] = useState(createCrosshairStore);
  const value = useMemo(() => ({ store, sharedTooltip }), [store, sharedTooltip]);
  return <CrosshairContext value={value}>{children}</CrosshairContext>;
}

/** The dashboard's crosshair store, or a private one for a chart outside any provider. */
export function useCrosshairStore(): { store: CrosshairStore; sharedTooltip: boolean } {
  const shared = useContext(CrosshairContext);
  const [own] = useState(() => ({ store: createCrosshairStore(), sharedTooltip: false }));
  return shared ?? own;
}

export function useCrosshair(store: CrosshairStore): CrosshairState | null {
  return useSyncExternalStore(store.subscribe, store.get, () => null);
}
