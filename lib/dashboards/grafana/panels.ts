/** One Grafana panel to ours. Whatever has no equivalent becomes an `unsupported` placeholder, never an error. */
import type { FieldConfig, Panel, Row } from '../model';
import type { DatasourceResolver } from './datasource';
import { mapFieldConfig } from './field-config';
import { mapGridPos } from './layout';
import { graphPanel, singlestatPanel } from './legacy';
import { barGaugeFrom, gaugeFrom, logsFrom, statFrom, tableFrom, timeseriesFrom } from './panel-options';
import { arr, clamp, cut, num, rec, str, text, type Json } from './read';
import { tableOldOverrides } from './table-old';
import { mapTargets } from './targets';
import { textPanelOptions } from './text-panel';
import { panelWarn, type PanelWarn, type Warn } from './warnings';

export interface PanelContext {
  resolver: DatasourceResolver;
  warn: Warn;
  ids: WeakMap<Json, number>;
  /** Library panels carried in an export's `__elements`, by uid. */
  libraryPanels: Json;
  /** Where to put panels that come without a position: below the lowest seen so far. */
  nextY: number;
}

const SUPPORTED_TYPES = new Set(['timeseries', 'graph', 'stat', 'singlestat', 'gauge', 'bargauge', 'table', 'table-old', 'logs']);

const EMPTY_FIELD_CONFIG: FieldConfig = { defaults: {}, overrides: [] };

type Base = Omit<Panel, 'type' | 'options' | 'fieldConfig' | 'targets'>;

function panelLinks(raw: unknown): Base['links'] {
  return arr(raw)
    .map((l) => rec(l))
    .filter((l): l is Json => typeof l?.url === 'string' && l.url !== '')
    .slice(0, 16)
    .map((l) => ({ title: cut(text(l.title) ?? String(l.url), 256), url: cut(String(l.url), 2048) }));
}

function baseOf(p: Json, id: number, title: string, ctx: PanelContext, warn: PanelWarn): Base {
  const gridPos = mapGridPos(p.gridPos, false, ctx.nextY, warn);
  ctx.nextY = Math.max(ctx.nextY, gridPos.y + gridPos.h);
  const description = text(p.description);
  const interval = text(p.interval);
  const maxDataPoints = num(p.maxDataPoints);
  return {
    id,
    title,
    gridPos,
    ...(description ? { description: cut(description, 4096) } : {}),
    ...(interval ? { interval: cut(interval.trim(), 32) } : {}),
    ...(maxDataPoints !== undefined ? { maxDataPoints: clamp(Math.round(maxDataPoints), 10, 11_000) } : {}),
    links: panelLinks(p.links),
  };
}

/** Features that do not stop a panel from rendering, but change what it shows. */
function warnAboutExtras(p: Json, warn: PanelWarn): void {
  const transformations = arr(p.transformations)
    .map((t) => str(rec(t)?.id))
    .filter((id): id is string => !!id);
  if (transformations.length > 0) {
    warn('transformations-dropped', `Transformations are not supported; dropped: ${transformations.join(', ')}. The panel shows the raw query results.`);
  }
  const repeat = text(p.repeat);
  if (repeat) warn('repeat-ignored', `Repeating by variable $${repeat} is not supported; the panel is shown once.`);
}

function resolveLibraryPanel(p: Json, ctx: PanelContext): Json | string {
  const lib = rec(p.libraryPanel);
  if (!lib) return p;
  const model = rec(rec(ctx.libraryPanels[str(lib.uid) ?? ''])?.model);
  // Older exports inline the library panel's model beside the reference; newer ones put it in __elements.
  if (!model) return p.type !== undefined && p.type !== 'library-panel' ? p : `library panel "${str(lib.name) ?? str(lib.uid) ?? '?'}" is not included in the file`;
  return { ...model, id: p.id, gridPos: p.gridPos ?? model.gridPos };
}

export function mapPanel(raw: Json, ctx: PanelContext): Panel {
  const id = ctx.ids.get(raw) ?? 0;
  const resolved = resolveLibraryPanel(raw, ctx);
  const p = typeof resolved === 'string' ? raw : resolved;
  const title = cut(str(p.title) ?? '', 512);
  const warn = panelWarn(ctx.warn, id, title);
  const base = baseOf(p, id, title, ctx, warn);
  const type = str(p.type) ?? '(none)';

  const placeholder = (reason: string, targets: Panel['targets'] = [], fieldConfig?: FieldConfig): Panel => {
    warn('panel-unsupported', `Shown as a placeholder: ${reason}.`);
    return { ...base, type: 'unsupported', targets, fieldConfig: fieldConfig ?? EMPTY_FIELD_CONFIG, options: { originalType: cut(type, 128), reason: cut(reason, 1024) } };
  };
  if (typeof resolved === 'string') return placeholder(resolved);

  if (type === 'text') {
    warnAboutExtras(p, warn);
    return { ...base, type: 'text', targets: [], fieldConfig: EMPTY_FIELD_CONFIG, options: textPanelOptions(p, warn) };
  }
  const isLogs = type === 'logs';
  const mapped = mapTargets(p.targets, p.datasource, ctx.resolver, warn, isLogs ? 'loki' : undefined);
  const { targets } = mapped;
  if (!SUPPORTED_TYPES.has(type)) {
    return placeholder(`Grafana panel type "${type}" is not supported`, targets, mapFieldConfig(p.fieldConfig, () => undefined));
  }
  if (mapped.total > 0 && targets.length === 0 && mapped.unsupported.length > 0) {
    const names = [...new Set(mapped.unsupported)].join(', ');
    return placeholder(`its queries use the ${names} datasource, and only Prometheus and Loki are supported`);
  }
  warnAboutExtras(p, warn);
  const options = rec(p.options) ?? {};

  switch (type) {
    case 'timeseries':
      return { ...base, type: 'timeseries', targets, fieldConfig: mapFieldConfig(p.fieldConfig, warn), options: timeseriesFrom(options, rec(p.fieldConfig)?.defaults, warn) };
    case 'graph': {
      const g = graphPanel(p, warn);
      return { ...base, type: 'timeseries', targets, fieldConfig: g.fieldConfig, options: g.options };
    }
    case 'stat':
      return { ...base, type: 'stat', targets, fieldConfig: mapFieldConfig(p.fieldConfig, warn), options: statFrom(options, warn) };
    case 'singlestat': {
      const s = singlestatPanel(p, warn);
      return { ...base, targets, ...s };
    }
    case 'gauge':
      return { ...base, type: 'gauge', targets, fieldConfig: mapFieldConfig(p.fieldConfig, warn), options: gaugeFrom(options, warn) };
    case 'bargauge':
      return { ...base, type: 'bargauge', targets, fieldConfig: mapFieldConfig(p.fieldConfig, warn), options: barGaugeFrom(options, warn) };
    case 'table':
      return { ...base, type: 'table', targets, fieldConfig: mapFieldConfig(p.fieldConfig, warn), options: tableFrom(options) };
    case 'table-old':
      return { ...base, type: 'table', targets, fieldConfig: { defaults: {}, overrides: tableOldOverrides(p.styles, warn) }, options: {} };
    case 'logs': {
      const first = rec(arr(p.targets)[0]);
      return { ...base, type: 'logs', targets, fieldConfig: EMPTY_FIELD_CONFIG, options: logsFrom(options, num(first?.maxLines) ?? num(p.maxDataPoints)) };
    }
    default:
      return placeholder(`Grafana panel type "${type}" is not supported`, targets);
  }
}

/** A row; a collapsed row keeps its panels inside, an expanded one is followed by them at the top level. */
export function mapRow(raw: Json, ctx: PanelContext): Row {
  const id = ctx.ids.get(raw) ?? 0;
  const title = cut(str(raw.title) ?? '', 512);
  const warn = panelWarn(ctx.warn, id, title);
  const gridPos = mapGridPos(raw.gridPos, true, ctx.nextY, warn);
  ctx.nextY = Math.max(ctx.nextY, gridPos.y + gridPos.h);
  const collapsed = raw.collapsed === true;
  const children = arr(raw.panels).map((c) => rec(c)).filter((c): c is Json => c !== undefined);
  if (text(raw.repeat)) warn('repeat-ignored', `Repeating the row by variable $${String(raw.repeat)} is not supported; the row is shown once.`);
  if (!collapsed && children.length > 0) {
    // Grafana does not show these either: an expanded row's panels are the ones that follow it.
    warn('row-panels-dropped', `The expanded row carried ${children.length} hidden panel(s) that Grafana does not show; they were dropped.`);
  }
  const panels: Panel[] = [];
  if (collapsed) {
    for (const c of children) {
      if (c.type === 'row') {
        warn('row-panels-dropped', `A row nested in this row ("${str(c.title) ?? ''}") was dropped: rows do not nest.`);
        continue;
      }
      if (panels.length >= 200) {
        warn('limit-exceeded', `Only the first 200 panels of the row were kept; "${str(c.title) ?? ''}" was dropped.`);
        continue;
      }
      panels.push(mapPanel(c, ctx));
    }
  }
  return { type: 'row', id, title, gridPos, collapsed, panels: sortByGrid(panels) };
}

/** Grid order: y, then x (what Grafana sorts by before saving). */
export function sortByGrid<T extends { gridPos: { x: number; y: number } }>(items: T[]): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => a.item.gridPos.y - b.item.gridPos.y || a.item.gridPos.x - b.item.gridPos.x || a.i - b.i)
    .map(({ item }) => item);
}
