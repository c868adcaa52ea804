/**
 * Laying a dashboard out on the 24-column grid: top-level panels grouped into sections under their rows (Grafana's
 * rule: an expanded row is followed by its panels at the top level, a collapsed one holds them), and each panel's
 * CSS grid placement within its section. Pure.
 */
import type { DashboardModel, Panel, Row } from '@/lib/dashboards/model';

export const GRID_COLUMNS = 24;
/** Height of one grid unit in pixels (Grafana's is 30). */
export const GRID_ROW_PX = 30;
export const GRID_GAP_PX = 8;

export interface Placement {
  gridColumn: string;
  gridRow: string;
}

export interface PlacedPanel {
  panel: Panel;
  placement: Placement;
}

export interface Section {
  /** Absent for panels above the first row. */
  row?: Row;
  /** The panels shown when the row is expanded (a collapsed row's own panels, else the ones following it). */
  panels: PlacedPanel[];
}

/** Every panel of a dashboard, rows' panels included, in grid order. */
export function allPanels(model: Pick<DashboardModel, 'panels'>): Panel[] {
  return model.panels.flatMap((p) => (p.type === 'row' ? p.panels : [p]));
}

export function findPanel(model: Pick<DashboardModel, 'panels'>, id: number): Panel | undefined {
  return allPanels(model).find((p) => p.id === id);
}

/** Sections in order; panels placed relative to their section's top, so collapsing a row leaves no gap. */
export function layoutSections(model: Pick<DashboardModel, 'panels'>): Section[] {
  const sections: { row?: Row; panels: Panel[] }[] = [];
  let current: { row?: Row; panels: Panel[] } | undefined;
  for (const p of model.panels) {
    if (p.type === 'row') {
      current = { row: p, panels: [...p.panels] };
      sections.push(current);
    } else {
      if (!current) {
        current = { panels: [] };
        sections.push(current);
      }
      current.panels.push(p);
    }
  }
  return sections.map((s) => ({ ...(s.row ? { row: s.row } : {}), panels: place(s.panels) }));
}

function place(panels: Panel[]): PlacedPanel[] {
  if (panels.length === 0) return [];
  const top = Math.min(...panels.map((p) => p.gridPos.y));
  return panels.map((panel) => {
    const { x, y, w, h } = panel.gridPos;
    const width = Math.max(1, Math.min(w, GRID_COLUMNS - x));
    return { panel, placement: { gridColumn: `${x + 1} / span ${width}`, gridRow: `${y - top + 1} / span ${h}` } };
  });
}
