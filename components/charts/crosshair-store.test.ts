import { describe, expect, it, vi } from 'vitest';
import { createCrosshairStore } from './crosshair-store';

describe('createCrosshairStore', () => {
  it('notifies subscribers of changes only', () => {
    const store = createCrosshairStore();
    const listener = vi.fn();
    const off = store.subscribe(listener);
    store.set({ timeMs: 1, sourceId: 'a' });
    store.set({ timeMs: 1, sourceId: 'a' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual({ timeMs: 1, sourceId: 'a' });
    store.set(null);
    store.set(null);
    expect(listener).toHaveBeenCalledTimes(2);
    off();
    store.set({ timeMs: 2, sourceId: 'b' });
    expect(listener).toHaveBeenCalledTimes(2);
  });
});
