/** Grid positions and panel ids: clamped to the model's bounds, duplicates renumbered before anything else. */
import type { GridPos } from '../model';
import { arr, clamp, isRecord, num, rec, type Json } from './read';
import type { PanelWarn, Warn } from './warnings';

export const DEFAULT_PANEL_SIZE = { w: 12, h: 8 };

/**
 * Positions a panel on our 24-column grid. `fallbackY` places panels that have no position (hand-written JSON)
 * below everything seen so far.
 */
export function mapGridPos(raw: unknown, isRow: boolean, fallbackY: number, warn: PanelWarn): GridPos {
  const g = rec(raw);
  if (!g) {
    warn('gridpos-clamped', 'The panel had no position; it was placed below the others.');
    return { x: 0, y: fallbackY, w: isRow ? 24 : DEFAULT_PANEL_SIZE.w, h: isRow ? 1 : DEFAULT_PANEL_SIZE.h };
  }
  const int = (v: unknown, d: number) => Math.round(num(v) ?? d);
  const given = { x: int(g.x, 0), y: int(g.y, fallbackY), w: int(g.w, isRow ? 24 : DEFAULT_PANEL_SIZE.w), h: int(g.h, isRow ? 1 : DEFAULT_PANEL_SIZE.h) };
  const x = clamp(given.x, 0, 23);
  const pos = { x, y: Math.max(0, given.y), w: clamp(given.w, 1, 24 - x), h: clamp(given.h, 1, 200) };
  if (pos.x !== given.x || pos.y !== given.y || pos.w !== given.w || pos.h !== given.h) {
    warn('gridpos-clamped', `Position ${JSON.stringify(given)} was outside the 24-column grid and was adjusted to ${JSON.stringify(pos)}.`);
  }
  return pos;
}

/** Walks top-level panels and the panels inside rows, in the order Grafana stores them. */
function* allPanels(panels: unknown[]): Generator<Json> {
  for (const p of panels) {
    if (!isRecord(p)) continue;
    yield p;
    if (p.type === 'row') for (const child of arr(p.panels)) if (isRecord(child)) yield child;
  }
}

/**
 * Gives every panel a unique non-negative integer id: the first panel keeps a given id, later duplicates and
 * panels without a usable id get fresh ones above the largest id in the file.
 */
export function assignPanelIds(panels: unknown[], warn: Warn): WeakMap<Json, number> {
  const ids = new WeakMap<Json, number>();
  let next = 1;
  for (const p of allPanels(panels)) {
    const id = num(p.id);
    if (id !== undefined && Number.isInteger(id) && id >= 0) next = Math.max(next, id + 1);
  }
  const used = new Set<number>();
  for (const p of allPanels(panels)) {
    const id = num(p.id);
    if (id !== undefined && Number.isInteger(id) && id >= 0 && !used.has(id)) {
      used.add(id);
      ids.set(p, id);
      continue;
    }
    const fresh = next++;
    used.add(fresh);
    ids.set(p, fresh);
    const title = typeof p.title === 'string' ? p.title : '';
    if (p.id !== undefined) {
      warn({ code: 'panel-id-renumbered', message: `Panel id ${JSON.stringify(p.id)} was ${id !== undefined && used.has(id) ? 'used twice' : 'not valid'}; the panel now has id ${fresh}.`, panelId: fresh, ...(title ? { panelTitle: title } : {}) });
    }
  }
  return ids;
}
