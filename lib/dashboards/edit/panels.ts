/**
 * Immutable edits of a dashboard's grid: add, remove, duplicate, move and resize panels; add, remove, rename,
 * collapse and move rows. Every function returns a new model (the input is never mutated) re-laid out by
 * `fromSections`, so panels never overlap. Pure.
 */
import { panel as panelSchema, type DashboardModel, type Panel, type PanelType, type Row } from '../model';
import { fromSections, GRID_COLUMNS, maxId, toSections, type EditSection } from './sections';

type Model = Pick<DashboardModel, 'panels'>;
export type EditablePanelType = Exclude<PanelType, 'unsupported'>;
export type Direction = 'up' | 'down' | 'left' | 'right';

const SIZES: Record<EditablePanelType, { w: number; h: number }> = {
  timeseries: { w: 12, h: 8 },
  stat: { w: 6, h: 4 },
  gauge: { w: 6, h: 6 },
  bargauge: { w: 8, h: 6 },
  table: { w: 12, h: 8 },
  text: { w: 8, h: 4 },
  logs: { w: 24, h: 10 },
};

/** A new panel of `type` with the schema's defaults and one empty query (none for text). */
export function newPanel(type: EditablePanelType, id: number): Panel {
  const datasource = type === 'logs' ? 'loki' : 'prometheus';
  return panelSchema.parse({
    id,
    type,
    title: 'New panel',
    gridPos: { x: 0, y: 0, ...SIZES[type] },
    targets: type === 'text' ? [] : [{ refId: 'A', datasource, expr: '' }],
  });
}

function edit<M extends Model>(model: M, f: (sections: EditSection[]) => EditSection[] | void): M {
  const sections = toSections(model.panels).map((s) => ({ ...s, panels: [...s.panels] }));
  const out = f(sections) ?? sections;
  return { ...model, panels: fromSections(out) };
}

function locate(sections: EditSection[], id: number): { s: EditSection; i: number } | undefined {
  for (const s of sections) {
    const i = s.panels.findIndex((p) => p.id === id);
    if (i >= 0) return { s, i };
  }
  return undefined;
}

/** Adds a panel at the top of the dashboard (like Grafana), pushing the others down; returns the new model and id. */
export function addPanel<M extends Model>(model: M, type: EditablePanelType): { model: M; id: number } {
  const id = maxId(model.panels) + 1;
  const p = newPanel(type, id);
  const next = edit(model, (sections) => {
    if (!sections[0] || sections[0].row) sections.unshift({ panels: [] });
    // Sorted before every other panel of the section, then packed at its top.
    sections[0]!.panels.unshift({ ...p, gridPos: { ...p.gridPos, y: Number.MIN_SAFE_INTEGER } } as Panel);
  });
  return { model: next, id };
}

export function removePanel<M extends Model>(model: M, id: number): M {
  return edit(model, (sections) => {
    const at = locate(sections, id);
    if (at) at.s.panels.splice(at.i, 1);
  });
}

/** A copy right below the original, with a new id; returns the new model and the copy's id. */
export function duplicatePanel<M extends Model>(model: M, id: number): { model: M; id: number } {
  const copyId = maxId(model.panels) + 1;
  const next = edit(model, (sections) => {
    const at = locate(sections, id);
    if (!at) return;
    const src = at.s.panels[at.i]!;
    const copy = structuredClone(src);
    at.s.panels.splice(at.i + 1, 0, { ...copy, id: copyId, gridPos: { ...src.gridPos, y: src.gridPos.y + src.gridPos.h } } as Panel);
  });
  return { model: next, id: copyId };
}

/** Replaces one panel (found by id) with `f(panel)`; the grid is laid out again (its size may have changed). */
export function updatePanel<M extends Model>(model: M, id: number, f: (p: Panel) => Panel): M {
  return edit(model, (sections) => {
    const at = locate(sections, id);
    if (at) at.s.panels[at.i] = { ...f(at.s.panels[at.i]!), id };
  });
}

/**
 * Left/right shift the panel one column. Up/down swap it with the panel before/after it in reading order within its
 * section; at the edge of a section it moves into the neighbouring section (crossing a row header).
 */
export function movePanel<M extends Model>(model: M, id: number, dir: Direction): M {
  return edit(model, (sections) => {
    const at = locate(sections, id);
    if (!at) return;
    const { s, i } = at;
    const p = s.panels[i]!;
    if (dir === 'left' || dir === 'right') {
      const x = Math.min(Math.max(0, p.gridPos.x + (dir === 'left' ? -1 : 1)), GRID_COLUMNS - p.gridPos.w);
      s.panels[i] = { ...p, gridPos: { ...p.gridPos, x } } as Panel;
      return;
    }
    const order = [...s.panels].sort((a, b) => a.gridPos.y - b.gridPos.y || a.gridPos.x - b.gridPos.x);
    const k = order.findIndex((q) => q.id === id);
    const other = order[dir === 'up' ? k - 1 : k + 1];
    if (other) {
      const j = s.panels.indexOf(other);
      s.panels[i] = { ...p, gridPos: { ...p.gridPos, x: Math.min(other.gridPos.x, GRID_COLUMNS - p.gridPos.w), y: other.gridPos.y } } as Panel;
      s.panels[j] = { ...other, gridPos: { ...other.gridPos, x: Math.min(p.gridPos.x, GRID_COLUMNS - other.gridPos.w), y: p.gridPos.y } } as Panel;
      return;
    }
    const si = sections.indexOf(s);
    // Above the first row there is always room: the panel leaves the row for the top of the dashboard.
    if (dir === 'up' && si === 0 && s.row) sections.unshift({ panels: [] });
    const target = sections[dir === 'up' ? sections.indexOf(s) - 1 : si + 1];
    if (!target) return;
    s.panels.splice(i, 1);
    const y = dir === 'up' ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
    target.panels.push({ ...p, gridPos: { ...p.gridPos, y } } as Panel);
  });
}

/** Changes width and height by the given steps, kept on the grid (1-24 columns, 1-200 units). */
export function resizePanel<M extends Model>(model: M, id: number, dw: number, dh: number): M {
  return updatePanel(model, id, (p) => {
    const w = Math.min(Math.max(1, p.gridPos.w + dw), GRID_COLUMNS);
    const h = Math.min(Math.max(1, p.gridPos.h + dh), 200);
    return { ...p, gridPos: { ...p.gridPos, w, h, x: Math.min(p.gridPos.x, GRID_COLUMNS - w) } } as Panel;
  });
}

/** A new, expanded, empty row at the bottom. */
export function addRow<M extends Model>(model: M, title = 'Row'): { model: M; id: number } {
  const id = maxId(model.panels) + 1;
  const row: Row = { type: 'row', id, title, collapsed: false, panels: [], gridPos: { x: 0, y: 0, w: GRID_COLUMNS, h: 1 } };
  return { model: edit(model, (sections) => void sections.push({ row, panels: [] })), id };
}

/** Removes a row header; its panels join the section above it (nothing is lost). */
export function removeRow<M extends Model>(model: M, id: number): M {
  return edit(model, (sections) => {
    const i = sections.findIndex((s) => s.row?.id === id);
    if (i < 0) return;
    const [gone] = sections.splice(i, 1);
    const moved = gone!.panels.map((p) => ({ ...p, gridPos: { ...p.gridPos, y: p.gridPos.y + 1_000_000 } }) as Panel);
    if (i === 0 || !sections[i - 1]) sections.splice(0, 0, { panels: moved });
    else sections[i - 1]!.panels.push(...moved);
  });
}

export function updateRow<M extends Model>(model: M, id: number, change: Partial<Pick<Row, 'title' | 'collapsed'>>): M {
  return edit(model, (sections) => {
    const s = sections.find((x) => x.row?.id === id);
    if (s?.row) s.row = { ...s.row, ...change };
  });
}

/** Moves a row (with its panels) above the previous row or below the next one; panels above the first row stay there. */
export function moveRow<M extends Model>(model: M, id: number, dir: 'up' | 'down'): M {
  return edit(model, (sections) => {
    const i = sections.findIndex((s) => s.row?.id === id);
    const j = dir === 'up' ? i - 1 : i + 1;
    if (i < 0 || !sections[j]?.row) return;
    [sections[i], sections[j]] = [sections[j]!, sections[i]!];
  });
}

/**
 * The same panel as another type: title, queries, size and field config kept, options reset to the new type's
 * defaults. Queries follow the datasource of the type (Loki for logs, Prometheus otherwise); their text is kept
 * for the user to adapt.
 */
export function changePanelType(p: Panel, type: EditablePanelType): Panel {
  if (p.type === type) return p;
  const datasource = type === 'logs' ? 'loki' : 'prometheus';
  const targets = p.targets.length || type === 'text' ? p.targets.map((t) => ({ ...t, datasource })) : [{ refId: 'A', datasource, expr: '' }];
  return panelSchema.parse({ ...p, type, options: undefined, targets });
}

/** The next free query letter: A, B, ... Z. */
export function nextRefId(p: Pick<Panel, 'targets'>): string | undefined {
  const used = new Set(p.targets.map((t) => t.refId));
  for (let c = 65; c <= 90; c++) if (!used.has(String.fromCharCode(c))) return String.fromCharCode(c);
  return undefined;
}
