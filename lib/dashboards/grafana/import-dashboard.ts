/**
 * Grafana dashboard JSON → our dashboard model. Accepts the dashboard as users export it, wrapped as the HTTP
 * API returns it (`{ dashboard, meta }`) or in the "export for sharing" form (`__inputs`, `${DS_PROMETHEUS}`).
 * What cannot be carried over becomes a placeholder panel or a warning; only input that is not a dashboard throws.
 */
import { dashboardModel, panel as panelSchema, variable as variableSchema, type DashboardModel, type Panel, type Row } from '../model';
import { dashboardLinks, mapRefresh, mapTags, mapTime } from './dashboard-settings';
import { createDatasourceResolver } from './datasource';
import { assignPanelIds } from './layout';
import { legacyRowsToPanels } from './legacy-rows';
import { mapPanel, mapRow, sortByGrid, type PanelContext } from './panels';
import { arr, cut, isRecord, rec, str, text, type Json } from './read';
import { mapVariables } from './variables';
import type { ImportWarning } from './warnings';

export class GrafanaImportError extends Error {
  override name = 'GrafanaImportError';
}

export interface GrafanaImportResult {
  model: DashboardModel;
  warnings: ImportWarning[];
}

/** Finds the dashboard object in what was pasted or uploaded. */
function unwrap(json: unknown): Json {
  let value = json;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch (e) {
      throw new GrafanaImportError(`This is not valid JSON: ${(e as Error).message}`);
    }
  }
  if (!isRecord(value)) {
    throw new GrafanaImportError(`Expected a Grafana dashboard (a JSON object), got ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}.`);
  }
  const d = isRecord(value.dashboard) && !Array.isArray(value.panels) ? value.dashboard : value;
  if (d.panels !== undefined && !Array.isArray(d.panels)) throw new GrafanaImportError('This Grafana dashboard is malformed: "panels" is not a list.');
  const looksLikeDashboard = Array.isArray(d.panels) || Array.isArray(d.rows) || isRecord(d.templating) || typeof d.schemaVersion === 'number';
  if (!looksLikeDashboard) {
    throw new GrafanaImportError('This JSON is not a Grafana dashboard: it has no "panels", "rows", "templating" or "schemaVersion".');
  }
  return d;
}

/**
 * Imports a Grafana dashboard.
 * @param json the parsed JSON, or the text itself.
 * @throws GrafanaImportError when the input is not JSON or not a Grafana dashboard; never for what it contains.
 */
export function importGrafanaDashboard(json: unknown): GrafanaImportResult {
  const d = unwrap(json);
  const warnings: ImportWarning[] = [];
  const warn = (w: ImportWarning) => warnings.push(w);
  const resolver = createDatasourceResolver(d);

  const rawPanels = Array.isArray(d.panels) ? d.panels : legacyRowsToPanels(arr(d.rows));
  const ctx: PanelContext = { resolver, warn, ids: assignPanelIds(rawPanels, warn), libraryPanels: rec(d.__elements) ?? {}, nextY: 0 };
  const panels: (Panel | Row)[] = [];
  for (const raw of rawPanels) {
    if (!isRecord(raw)) continue;
    if (panels.length >= 500) {
      warn({ code: 'limit-exceeded', message: `Only the first 500 panels were kept; "${str(raw.title) ?? ''}" and later ones were dropped.` });
      break;
    }
    panels.push(raw.type === 'row' ? mapRow(raw, ctx) : mapPanel(raw, ctx));
  }

  let title = text(d.title)?.trim();
  if (!title) {
    title = 'Imported dashboard';
    warn({ code: 'title-missing', message: 'The dashboard had no title; it is called "Imported dashboard".' });
  }
  const description = text(d.description);
  const annotations = arr(rec(d.annotations)?.list).filter((a) => isRecord(a) && a.builtIn !== 1 && a.enable !== false);
  if (annotations.length > 0) {
    const names = annotations.map((a) => `"${str(rec(a)?.name) ?? '?'}"`).join(', ');
    warn({ code: 'annotations-dropped', message: `Annotation queries are not supported; dropped: ${names}.` });
  }

  const candidate = {
    title: cut(title, 512),
    ...(description ? { description: cut(description, 4096) } : {}),
    tags: mapTags(d.tags),
    time: mapTime(d.time),
    refresh: mapRefresh(d.refresh, warn),
    variables: mapVariables(rec(d.templating)?.list, resolver, warn),
    panels: sortByGrid(panels),
    links: dashboardLinks(d.links, warn),
  };
  return { model: validate(candidate, warn), warnings };
}

/**
 * The mappers are written to produce valid output; this is the safety net that keeps a single odd value from
 * failing the whole import: a panel or variable that still does not validate is replaced or dropped, by name.
 */
function validate(candidate: Record<string, unknown> & { panels: (Panel | Row)[]; variables: unknown[] }, warn: (w: ImportWarning) => void): DashboardModel {
  const first = dashboardModel.safeParse(candidate);
  if (first.success) return first.data;
  const fixPanel = (p: Panel): Panel => {
    const r = panelSchema.safeParse(p);
    if (r.success) return r.data;
    const reason = `the panel could not be converted (${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')})`;
    warn({ code: 'panel-unsupported', message: `Shown as a placeholder: ${reason}.`, panelId: p.id, panelTitle: p.title });
    return { id: p.id, title: p.title, gridPos: p.gridPos, targets: [], fieldConfig: { defaults: {}, overrides: [] }, links: [], type: 'unsupported', options: { originalType: p.type, reason: cut(reason, 1024) } };
  };
  const panels = candidate.panels.map((p) => (p.type === 'row' ? { ...p, panels: p.panels.map(fixPanel) } : fixPanel(p)));
  const variables = candidate.variables.filter((v) => {
    const ok = variableSchema.safeParse(v).success;
    if (!ok) warn({ code: 'variable-dropped', message: `Variable $${String(rec(v)?.name)} was dropped: it could not be converted.`, variable: String(rec(v)?.name) });
    return ok;
  });
  return dashboardModel.parse({ ...candidate, panels, variables });
}
