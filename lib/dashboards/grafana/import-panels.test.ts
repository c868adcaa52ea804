import { describe, expect, it } from 'vitest';
import { dashboardModel } from '../model';
import { GrafanaImportError, importGrafanaDashboard } from './import-dashboard';
import { allPanels, asType, panelByTitle } from './test-helpers';

const ts = (id: number, title: string, extra: Record<string, unknown> = {}) => ({
  id,
  title,
  type: 'timeseries',
  gridPos: { x: 0, y: id * 8, w: 12, h: 8 },
  targets: [{ refId: 'A', expr: `metric_${id}` }],
  ...extra,
});

function imported(dashboard: Record<string, unknown>) {
  const result = importGrafanaDashboard({ title: 'T', schemaVersion: 39, ...dashboard });
  expect(() => dashboardModel.parse(result.model)).not.toThrow();
  return result;
}

describe('input forms', () => {
  it('accepts the "export for sharing" form with __inputs and ${DS_...} placeholders', () => {
    const { model, warnings } = imported({
      __inputs: [
        { name: 'DS_PROM', label: 'Prometheus', type: 'datasource', pluginId: 'prometheus' },
        { name: 'DS_LOGS', label: 'Loki', type: 'datasource', pluginId: 'loki' },
      ],
      __requires: [{ type: 'datasource', id: 'prometheus' }],
      panels: [
        ts(1, 'metrics', { datasource: '${DS_PROM}' }),
        ts(2, 'log rate', { datasource: { type: 'loki', uid: '${DS_LOGS}' }, targets: [{ refId: 'A', expr: 'sum(rate({app="x"}[1m]))' }] }),
        ts(3, 'string ref to loki', { datasource: '${DS_LOGS}' }),
      ],
    });
    expect(panelByTitle(model, 'metrics').targets[0].datasource).toBe('prometheus');
    expect(panelByTitle(model, 'log rate').targets[0].datasource).toBe('loki');
    expect(panelByTitle(model, 'string ref to loki').targets[0].datasource).toBe('loki');
    expect(warnings.filter((w) => w.code.startsWith('datasource'))).toEqual([]);
  });

  it('accepts the HTTP API form { dashboard, meta } and JSON text', () => {
    const inner = { title: 'Wrapped', schemaVersion: 30, panels: [ts(1, 'a')] };
    expect(importGrafanaDashboard({ dashboard: inner, meta: { slug: 'wrapped' } }).model.title).toBe('Wrapped');
    expect(importGrafanaDashboard(JSON.stringify(inner)).model.panels).toHaveLength(1);
  });

  it('throws a clear error for garbage, never for odd contents', () => {
    expect(() => importGrafanaDashboard('{ not json')).toThrow(GrafanaImportError);
    expect(() => importGrafanaDashboard('{ not json')).toThrow(/not valid JSON/);
    expect(() => importGrafanaDashboard(null)).toThrow(/got null/);
    expect(() => importGrafanaDashboard([1, 2])).toThrow(/got an array/);
    expect(() => importGrafanaDashboard(42)).toThrow(/got number/);
    expect(() => importGrafanaDashboard({ hello: 'world' })).toThrow(/not a Grafana dashboard/);
    expect(() => importGrafanaDashboard({ title: 'x', panels: 'nope' })).toThrow(/"panels" is not a list/);
    // Odd but dashboard-shaped: imports, with what was wrong named.
    const odd = importGrafanaDashboard({ schemaVersion: 39, panels: [null, 7, { type: 'stat', title: 5, gridPos: { x: 30, y: -2, w: 40, h: 0 }, targets: [{ expr: 42 }, 'x'] }] });
    expect(odd.model.title).toBe('Imported dashboard');
    expect(odd.model.panels).toHaveLength(1);
    expect(odd.model.panels[0].gridPos).toEqual({ x: 23, y: 0, w: 1, h: 1 });
    expect(odd.warnings.map((w) => w.code)).toEqual(expect.arrayContaining(['title-missing', 'gridpos-clamped']));
  });
});

describe('rows', () => {
  it('keeps panels inside collapsed rows and after expanded ones, as Grafana stores them', () => {
    const { model, warnings } = imported({
      panels: [
        { id: 10, type: 'row', title: 'Open', collapsed: false, gridPos: { x: 0, y: 0, w: 24, h: 1 }, panels: [] },
        ts(1, 'under open', { gridPos: { x: 0, y: 1, w: 12, h: 8 } }),
        { id: 11, type: 'row', title: 'Closed', collapsed: true, gridPos: { x: 0, y: 9, w: 24, h: 1 }, panels: [ts(2, 'inside b', { gridPos: { x: 12, y: 10, w: 12, h: 8 } }), ts(3, 'inside a', { gridPos: { x: 0, y: 10, w: 12, h: 8 } })] },
        { id: 12, type: 'row', title: 'Stale', collapsed: false, gridPos: { x: 0, y: 10, w: 24, h: 1 }, panels: [ts(4, 'ghost')] },
      ],
    });
    expect(model.panels.map((p) => `${p.type}:${p.title}`)).toEqual(['row:Open', 'timeseries:under open', 'row:Closed', 'row:Stale']);
    const closed = model.panels[2];
    expect(closed.type === 'row' && closed.collapsed && closed.panels.map((p) => p.title)).toEqual(['inside a', 'inside b']);
    expect(warnings.find((w) => w.code === 'row-panels-dropped')).toMatchObject({ panelId: 12, panelTitle: 'Stale' });
  });
});

describe('panel ids', () => {
  it('renumbers duplicates (also inside rows) above the largest id, and fills missing ones', () => {
    const { model, warnings } = imported({
      panels: [ts(5, 'first'), ts(5, 'second'), { ...ts(0, 'no id'), id: undefined }, { id: 7, type: 'row', title: 'r', collapsed: true, gridPos: { x: 0, y: 90, w: 24, h: 1 }, panels: [ts(5, 'third')] }],
    });
    const ids = [...allPanels(model).map((p) => [p.title, p.id]), ...model.panels.filter((p) => p.type === 'row').map((r) => [r.title, r.id])];
    expect(Object.fromEntries(ids)).toEqual({ first: 5, second: 8, 'no id': 9, third: 10, r: 7 });
    expect(warnings.filter((w) => w.code === 'panel-id-renumbered').map((w) => w.panelId)).toEqual([8, 10]);
  });
});

describe('field config overrides', () => {
  it('keeps byName/byRegexp matchers with supported properties and names what was dropped', () => {
    const { model, warnings } = imported({
      panels: [
        ts(1, 'o', {
          fieldConfig: {
            defaults: { unit: 'bytes', color: { mode: 'fixed', fixedColor: 'purple' }, displayName: '${__field.labels.pod}' },
            overrides: [
              { matcher: { id: 'byName', options: 'limit' }, properties: [{ id: 'color', value: { mode: 'fixed', fixedColor: 'red' } }, { id: 'custom.lineStyle', value: { fill: 'dash' } }, { id: 'unit', value: 'decbytes' }] },
              { matcher: { id: 'byRegexp', options: '/Transmit.*/' }, properties: [{ id: 'custom.transform', value: 'negative-Y' }] },
              { matcher: { id: 'byRegexp', options: '.*request.*' }, properties: [{ id: 'displayName', value: 'Requests' }, { id: 'min', value: 0 }, { id: 'max', value: 10 }, { id: 'decimals', value: 3 }] },
              { matcher: { id: 'byFrameRefID', options: 'B' }, properties: [{ id: 'unit', value: 's' }] },
              { matcher: { id: 'byNames', options: { mode: 'include', names: ['a.b', 'c'] } }, properties: [{ id: 'unit', value: 'binBps' }] },
            ],
          },
        }),
      ],
    });
    const p = panelByTitle(model, 'o');
    expect(p.fieldConfig.defaults).toEqual({ unit: 'bytes', color: 'purple', displayName: '${__field.labels.pod}' });
    expect(p.fieldConfig.overrides).toEqual([
      { matcher: { id: 'byName', options: 'limit' }, properties: [{ id: 'color', value: 'red' }, { id: 'unit', value: 'decbytes' }] },
      { matcher: { id: 'byRegexp', options: '.*request.*' }, properties: [{ id: 'displayName', value: 'Requests' }, { id: 'min', value: 0 }, { id: 'max', value: 10 }, { id: 'decimals', value: 3 }] },
      { matcher: { id: 'byRegexp', options: '^(?:a\\.b|c)$' }, properties: [{ id: 'unit', value: 'Bps' }] },
    ]);
    const messages = warnings.filter((w) => w.code === 'override-dropped').map((w) => w.message);
    expect(messages).toEqual([
      expect.stringContaining('dropped custom.lineStyle'),
      expect.stringContaining('dropped custom.transform'),
      expect.stringContaining('"byFrameRefID"'),
    ]);
  });
});

describe('unsupported things', () => {
  it('turns unknown and plugin panel types into placeholders that keep their queries', () => {
    const { model, warnings } = imported({
      panels: [
        ts(1, 'pie', { type: 'piechart' }),
        ts(2, 'heat', { type: 'heatmap' }),
        ts(3, 'graph of nodes', { type: 'nodeGraph' }),
        ts(4, 'clock', { type: 'grafana-clock-panel', targets: [] }),
      ],
    });
    const placeholders = allPanels(model).map((p) => asType(p, 'unsupported'));
    expect(placeholders.map((p) => p.options.originalType)).toEqual(['piechart', 'heatmap', 'nodeGraph', 'grafana-clock-panel']);
    expect(placeholders[0].options.reason).toBe('Grafana panel type "piechart" is not supported');
    expect(placeholders[0].targets.map((t) => t.expr)).toEqual(['metric_1']);
    expect(warnings.filter((w) => w.code === 'panel-unsupported')).toHaveLength(4);
  });

  it('drops queries to other datasources per target; a panel with none left becomes a placeholder', () => {
    const { model, warnings } = imported({
      panels: [
        ts(1, 'elastic', { datasource: { type: 'elasticsearch', uid: 'es1' }, targets: [{ refId: 'A', query: 'status:500', metrics: [{ type: 'count' }] }] }),
        ts(2, 'mixed', {
          datasource: { type: 'datasource', uid: '-- Mixed --' },
          targets: [
            { refId: 'A', datasource: { type: 'prometheus', uid: 'p' }, expr: 'up' },
            { refId: 'B', datasource: { type: 'loki', uid: 'l' }, expr: 'sum(count_over_time({app="x"}[1m]))' },
            { refId: 'C', datasource: { type: 'influxdb', uid: 'i' }, query: 'SELECT 1' },
          ],
        }),
      ],
    });
    const elastic = asType(panelByTitle(model, 'elastic'), 'unsupported');
    expect(elastic.options).toEqual({ originalType: 'timeseries', reason: 'its queries use the elasticsearch datasource, and only Prometheus and Loki are supported' });
    const mixed = panelByTitle(model, 'mixed');
    expect(mixed.targets.map((t) => [t.refId, t.datasource])).toEqual([['A', 'prometheus'], ['B', 'loki']]);
    expect(warnings.find((w) => w.panelTitle === 'mixed' && w.code === 'datasource-unsupported')?.message).toContain('Query C uses the influxdb datasource');
  });

  it('warns about transformations, repeat, dashboard links by tag and library panels that are missing', () => {
    const { model, warnings } = imported({
      links: [
        { type: 'link', title: 'Runbook', url: 'https://runbooks/x', keepTime: true, includeVars: true },
        { type: 'dashboards', tags: ['k8s'], asDropdown: true },
      ],
      panels: [
        ts(1, 'repeated', { repeat: 'pod', transformations: [{ id: 'organize' }, { id: 'merge' }] }),
        { id: 2, gridPos: { x: 0, y: 20, w: 6, h: 4 }, libraryPanel: { uid: 'gone', name: 'Shared CPU' } },
      ],
    });
    expect(model.links).toEqual([{ title: 'Runbook', url: 'https://runbooks/x', keepTime: true, includeVars: true }]);
    const codes = warnings.map((w) => `${w.code}:${w.message}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^dashboard-link-dropped:.*"k8s"/),
        expect.stringMatching(/^repeat-ignored:.*\$pod/),
        expect.stringMatching(/^transformations-dropped:.*organize, merge/),
      ]),
    );
    expect(asType(panelByTitle(model, ''), 'unsupported').options.reason).toContain('library panel "Shared CPU"');
  });

  it('uses the library panel model carried in __elements', () => {
    const { model } = imported({
      __elements: { lib1: { name: 'Shared', uid: 'lib1', kind: 1, model: ts(99, 'From library', { type: 'stat', gridPos: undefined }) } },
      panels: [{ id: 3, gridPos: { x: 6, y: 0, w: 6, h: 4 }, libraryPanel: { uid: 'lib1', name: 'Shared' } }],
    });
    const p = panelByTitle(model, 'From library');
    expect(p).toMatchObject({ id: 3, type: 'stat', gridPos: { x: 6, y: 0, w: 6, h: 4 } });
  });
});

describe('logs panels', () => {
  it('imports a logs panel with Loki targets and its options', () => {
    const { model } = imported({
      panels: [
        {
          id: 1,
          type: 'logs',
          title: 'Errors',
          gridPos: { x: 0, y: 0, w: 24, h: 10 },
          datasource: { type: 'loki', uid: 'loki-1' },
          targets: [{ refId: 'A', expr: '{namespace="$namespace"} |= "error"', queryType: 'range', maxLines: 500 }],
          options: { showTime: false, wrapLogMessage: true, showLabels: true, sortOrder: 'Ascending', dedupStrategy: 'none' },
        },
        { id: 2, type: 'logs', title: 'Named', gridPos: { x: 0, y: 10, w: 24, h: 10 }, datasource: 'Logs', targets: [{ refId: 'A', expr: '{app="x"}' }] },
      ],
    });
    const p = asType(panelByTitle(model, 'Errors'), 'logs');
    expect(p.targets).toEqual([{ refId: 'A', datasource: 'loki', expr: '{namespace="$namespace"} |= "error"' }]);
    expect(p.options).toEqual({ showTime: false, wrap: true, showLabels: true, limit: 500, direction: 'forward' });
    expect(panelByTitle(model, 'Named').targets[0].datasource).toBe('loki');
  });
});

describe('targets', () => {
  it('keeps refId, legendFormat, interval, instant and hide; fills and de-duplicates refIds', () => {
    const { model } = imported({
      panels: [
        ts(1, 't', {
          targets: [
            { refId: 'A', expr: 'a', legendFormat: '{{pod}}', interval: '1m', instant: true, range: false, hide: true },
            { refId: 'A', expr: 'b', instant: true, range: true },
            { expr: 'c' },
            { refId: 'Z' },
          ],
        }),
      ],
    });
    expect(panelByTitle(model, 't').targets).toEqual([
      { refId: 'A', datasource: 'prometheus', expr: 'a', legendFormat: '{{pod}}', interval: '1m', instant: true, hide: true },
      { refId: 'B', datasource: 'prometheus', expr: 'b' },
      { refId: 'C', datasource: 'prometheus', expr: 'c' },
    ]);
  });
});

describe('dashboard settings', () => {
  it('maps tags, time, refresh and annotations', () => {
    const { model, warnings } = imported({
      tags: ['a', 'a', '', 'b'],
      time: { from: 'now-6h', to: 'now' },
      refresh: '1h',
      description: 'About',
      annotations: { list: [{ builtIn: 1, name: 'Annotations & Alerts' }, { name: 'Deploys', enable: true, expr: 'changes(x[1m])' }] },
    });
    expect(model).toMatchObject({ tags: ['a', 'b'], time: { from: 'now-6h', to: 'now' }, refresh: '5m', description: 'About' });
    expect(warnings.map((w) => w.message)).toEqual(expect.arrayContaining([expect.stringContaining('"Deploys"'), expect.stringContaining('Auto-refresh "1h"')]));
    expect(importGrafanaDashboard({ title: 'x', panels: [], refresh: false }).model.refresh).toBe('off');
    expect(importGrafanaDashboard({ title: 'x', panels: [], refresh: '2s' }).model.refresh).toBe('5s');
  });
});

describe('tables, text and datasource names', () => {
  it('maps table sort, old table column styles and keeps markdown', () => {
    const { model } = imported({
      panels: [
        ts(1, 'new table', { type: 'table', options: { sortBy: [{ displayName: 'Value', desc: true }] } }),
        ts(2, 'old table', {
          type: 'table-old',
          styles: [
            { pattern: 'Value', type: 'number', unit: 'bytes', decimals: 1, alias: 'Memory' },
            { pattern: '/pod|container/', type: 'string', alias: 'Workload' },
            { pattern: 'Time', type: 'date' },
          ],
        }),
        { id: 3, type: 'text', title: 'md', gridPos: { x: 0, y: 40, w: 6, h: 4 }, options: { mode: 'markdown', content: '**bold** <b>x</b>' } },
      ],
    });
    expect(asType(panelByTitle(model, 'new table'), 'table').options).toEqual({ sortBy: { column: 'Value', desc: true } });
    expect(panelByTitle(model, 'old table').fieldConfig.overrides).toEqual([
      { matcher: { id: 'byName', options: 'Value' }, properties: [{ id: 'unit', value: 'bytes' }, { id: 'decimals', value: 1 }, { id: 'displayName', value: 'Memory' }] },
      { matcher: { id: 'byRegexp', options: 'pod|container' }, properties: [{ id: 'displayName', value: 'Workload' }] },
    ]);
    // Markdown is kept verbatim; the text panel renders it safely (no raw HTML).
    expect(asType(panelByTitle(model, 'md'), 'text').options).toEqual({ mode: 'markdown', content: '**bold** <b>x</b>' });
  });

  it('guesses datasources by name and says when it assumed Prometheus', () => {
    const { model, warnings } = imported({
      panels: [ts(1, 'thanos', { datasource: 'Thanos' }), ts(2, 'mystery', { datasource: 'Metrics-EU' }), ts(3, 'loki by name', { datasource: 'Loki (prod)' })],
    });
    expect(allPanels(model).map((p) => p.targets[0].datasource)).toEqual(['prometheus', 'prometheus', 'loki']);
    expect(warnings.filter((w) => w.code === 'datasource-assumed').map((w) => w.panelTitle)).toEqual(['mystery']);
  });

  it('keeps at most 26 queries per panel, naming the dropped ones', () => {
    const targets = Array.from({ length: 28 }, (_, i) => ({ refId: `R${i}`, expr: `m${i}` }));
    const { model, warnings } = imported({ panels: [ts(1, 'many', { targets })] });
    expect(panelByTitle(model, 'many').targets).toHaveLength(26);
    expect(warnings.filter((w) => w.code === 'limit-exceeded').map((w) => w.message)).toEqual([expect.stringContaining('Query R26'), expect.stringContaining('Query R27')]);
  });
});

describe('thresholds style', () => {
  it("maps custom.thresholdsStyle.mode: dashed styles become solid, 'series' is approximated with a warning", () => {
    const style = (mode: string | undefined) => ({ fieldConfig: { defaults: { custom: mode === undefined ? {} : { thresholdsStyle: { mode } } } } });
    const { model, warnings } = imported({
      panels: [ts(1, 'none', style(undefined)), ts(2, 'off', style('off')), ts(3, 'area', style('line+area')), ts(4, 'dashed', style('dashed+area')), ts(5, 'series', style('series'))],
    });
    const modes = allPanels(model).map((p) => asType(p, 'timeseries').options.thresholdsStyle);
    expect(modes).toEqual(['off', 'off', 'line+area', 'line+area', 'line']);
    expect(warnings.map((w) => w.message).join('\n')).toMatch(/Thresholds style "series" is not supported/);
  });
});

describe('stat text mode', () => {
  it('keeps auto, value, name and value_and_name; anything else shows the value with a warning', () => {
    const stat = (id: number, textMode?: string) => ({ ...ts(id, `s${id}`), type: 'stat', options: textMode ? { textMode } : {} });
    const { model, warnings } = imported({ panels: [stat(1), stat(2, 'name'), stat(3, 'value_and_name'), stat(4, 'value'), stat(5, 'none')] });
    expect(allPanels(model).map((p) => asType(p, 'stat').options.textMode)).toEqual(['auto', 'name', 'value_and_name', 'value', 'value']);
    expect(warnings.map((w) => w.message).join('\n')).toMatch(/Stat text mode "none" is not supported/);
  });
});
