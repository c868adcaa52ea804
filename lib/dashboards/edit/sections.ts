/**
 * The dashboard's top-level list as sections (panels above the first row, then each row with its panels) and back.
 * Editing works on sections because Grafana's storage rule is awkward to edit in place: an expanded row is followed
 * by its panels at the top level while a collapsed one holds them. `fromSections` re-derives every `y` (rows and
 * panels), packing each section's panels upwards without overlaps, so no edit can leave holes or collisions. Pure.
 */
import type { DashboardModel, GridPos, Panel, Row } from '../model';

export interface EditSection {
  /** Absent for the panels above the first row. */
  row?: Row;
  panels: Panel[];
}

export const GRID_COLUMNS = 24;

export function toSections(panels: DashboardModel['panels']): EditSection[] {
  const sections: EditSection[] = [];
  let current: EditSection | undefined;
  for (const p of panels) {
    if (p.type === 'row') {
      current = { row: p, panels: p.collapsed ? [...p.panels] : [] };
      sections.push(current);
    } else {
      if (!current) sections.push((current = { panels: [] }));
      current.panels.push(p);
    }
  }
  return sections;
}

/** Sections back to the stored list, with rows and panels placed top to bottom. */
export function fromSections(sections: readonly EditSection[]): DashboardModel['panels'] {
  const out: DashboardModel['panels'] = [];
  let y = 0;
  for (const s of sections) {
    if (s.row) {
      const rowY = y;
      y += 1;
      const packed = pack(s.panels, y);
      const bottom = packed.reduce((m, p) => Math.max(m, p.gridPos.y + p.gridPos.h), y);
      if (s.row.collapsed) {
        // A collapsed row's panels keep the places they would have when it is expanded.
        out.push({ ...s.row, gridPos: { x: 0, y: rowY, w: GRID_COLUMNS, h: 1 }, panels: packed });
      } else {
        out.push({ ...s.row, gridPos: { x: 0, y: rowY, w: GRID_COLUMNS, h: 1 }, panels: [] }, ...packed);
        y = bottom;
      }
    } else {
      const packed = pack(s.panels, y);
      out.push(...packed);
      y = packed.reduce((m, p) => Math.max(m, p.gridPos.y + p.gridPos.h), y);
    }
  }
  return out;
}

const overlaps = (a: GridPos, b: GridPos) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * Panels in reading order (y, then x), each moved to the highest free place in its columns at or below `top`:
 * Grafana's vertical compaction. Widths and x are clamped to the grid.
 */
export function pack(panels: readonly Panel[], top: number): Panel[] {
  const ordered = panels.map((p, i) => ({ p, i })).sort((a, b) => a.p.gridPos.y - b.p.gridPos.y || a.p.gridPos.x - b.p.gridPos.x || a.i - b.i);
  const placed: Panel[] = [];
  for (const { p } of ordered) {
    const w = Math.min(Math.max(1, p.gridPos.w), GRID_COLUMNS);
    const x = Math.min(Math.max(0, p.gridPos.x), GRID_COLUMNS - w);
    const pos: GridPos = { x, y: top, w, h: Math.max(1, p.gridPos.h) };
    while (placed.some((q) => overlaps(pos, q.gridPos))) pos.y += 1;
    placed.push({ ...p, gridPos: pos } as Panel);
  }
  return placed;
}

/** The largest id of any panel or row, rows' panels included. */
export function maxId(panels: DashboardModel['panels']): number {
  return panels.reduce((m, p) => Math.max(m, p.id, ...(p.type === 'row' ? p.panels.map((q) => q.id) : [])), 0);
}
