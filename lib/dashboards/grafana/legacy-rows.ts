/**
 * Dashboards from before Grafana 5 (schemaVersion < 16) have `rows[]` of panels sized by `span` (of 12) and a row
 * `height` in pixels instead of `panels[]` with `gridPos`. This lays them out the way Grafana's own migration does.
 */
import { arr, num, rec, str, type Json } from './read';

/** Grafana's grid cell (30 px) plus its vertical margin (8 px). */
const ROW_UNIT_PX = 38;

export function legacyRowsToPanels(rows: unknown[]): Json[] {
  const out: Json[] = [];
  let y = 0;
  const showRows = rows.length > 1 || rows.some((r) => rec(r)?.showTitle === true);
  for (const r of rows) {
    const row = rec(r);
    if (!row) continue;
    const heightPx = num(typeof row.height === 'string' ? row.height.replace(/px$/, '') : row.height) ?? 250;
    const h = Math.max(1, Math.ceil(heightPx / ROW_UNIT_PX));
    const collapsed = row.collapse === true;
    const children: Json[] = [];
    let x = 0;
    let rowY = showRows ? y + 1 : y;
    let bottom = rowY;
    for (const p of arr(row.panels)) {
      const panel = rec(p);
      if (!panel) continue;
      const w = Math.min(24, Math.max(1, Math.round((num(panel.span) ?? 4) * 2)));
      if (x + w > 24) {
        x = 0;
        rowY = bottom;
      }
      const ph = panel.height !== undefined ? Math.max(1, Math.ceil((num(String(panel.height).replace(/px$/, '')) ?? heightPx) / ROW_UNIT_PX)) : h;
      children.push({ ...panel, gridPos: { x, y: rowY, w, h: ph } });
      x += w;
      bottom = Math.max(bottom, rowY + ph);
    }
    if (showRows) {
      out.push({ type: 'row', id: row.id, title: str(row.title) ?? '', collapsed, gridPos: { x: 0, y, w: 24, h: 1 }, panels: collapsed ? children : [] });
      if (!collapsed) out.push(...children);
      y = collapsed ? y + 1 : bottom;
    } else {
      out.push(...children);
      y = bottom;
    }
  }
  return out;
}
