/** The time under the pointer in one chart, which every chart of the dashboard marks. */
export interface CrosshairState {
  timeMs: number;
  /** The chart the pointer is over: it shows the tooltip; the others draw the line only. */
  sourceId: string;
}

export interface CrosshairStore {
  get(): CrosshairState | null;
  set(next: CrosshairState | null): void;
  subscribe(listener: () => void): () => void;
}

/**
 * A tiny external store rather than React state in a context: a context value change would re-render every panel
 * on each mouse move; with `useSyncExternalStore` only the small cursor overlays re-render.
 */
export function createCrosshairStore(): CrosshairStore {
  let state: CrosshairState | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next) {
      if (next === state || (next && state && next.timeMs === state.timeMs && next.sourceId === state.sourceId)) return;
      state = next;
      for (const l of listeners) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
