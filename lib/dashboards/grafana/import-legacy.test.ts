import { describe, expect, it } from 'vitest';
import { dashboardModel } from '../model';
import { importGrafanaDashboard } from './import-dashboard';
import { asType, panelByTitle } from './test-helpers';

/** A Grafana 5/6 era dashboard: `graph` and `singlestat` panels with their panel-level settings. */
const legacy = {
  title: 'Legacy',
  schemaVersion: 16,
  refresh: '15s',
  panels: [
    {
      id: 1,
      type: 'graph',
      title: 'Requests',
      gridPos: { x: 0, y: 0, w: 12, h: 8 },
      datasource: 'Prometheus',
      targets: [{ expr: 'sum(rate(http_requests_total[5m])) by (code)', legendFormat: '{{code}}', refId: 'A', intervalFactor: 2, interval: '30s' }],
      lines: true,
      fill: 1,
      bars: false,
      stack: true,
      percentage: false,
      legend: { show: true, alignAsTable: true, rightSide: true, current: true, avg: true, max: true, values: true },
      yaxes: [{ format: 'reqps', min: '0', max: null, decimals: 1, show: true }, { format: 'short', show: false }],
      seriesOverrides: [{ alias: '5xx', color: '#F2495C', yaxis: 2 }],
      aliasColors: { '2xx': '#73BF69' },
      thresholds: [{ value: 100, colorMode: 'critical', op: 'gt', fill: true, line: true }],
    },
    {
      id: 2,
      type: 'graph',
      title: 'Bars',
      gridPos: { x: 12, y: 0, w: 12, h: 8 },
      targets: [{ expr: 'up', refId: 'A' }],
      bars: true,
      lines: false,
      legend: { show: false },
      yaxes: [{ format: 'bytes' }],
    },
    {
      id: 3,
      type: 'singlestat',
      title: 'Error ratio',
      gridPos: { x: 0, y: 8, w: 6, h: 4 },
      targets: [{ expr: 'sum(rate(errors[5m])) / sum(rate(requests[5m]))', refId: 'A', instant: true }],
      format: 'percentunit',
      decimals: 2,
      valueName: 'current',
      thresholds: '0.05,0.1',
      colors: ['#299c46', 'rgba(237, 129, 40, 0.89)', '#d44a3a'],
      colorBackground: true,
      sparkline: { show: true },
      valueMaps: [{ op: '=', text: 'N/A', value: 'null' }],
    },
    {
      id: 4,
      type: 'singlestat',
      title: 'Disk',
      gridPos: { x: 6, y: 8, w: 6, h: 4 },
      targets: [{ expr: 'disk_used_percent', refId: 'A' }],
      format: 'percent',
      valueName: 'avg',
      gauge: { show: true, minValue: 0, maxValue: 100 },
      thresholds: '80,90',
      colors: ['green', 'orange', 'red'],
    },
    { id: 5, type: 'text', title: 'Notes', mode: 'html', content: '<h1>Read&nbsp;me</h1><p>See <a href="https://x">runbook</a></p><script>alert(1)</script><ul><li>one</li><li>two</li></ul>', gridPos: { x: 12, y: 8, w: 12, h: 4 } },
  ],
  templating: { list: [] },
};

describe('legacy Grafana panels (schemaVersion 16)', () => {
  const { model, warnings } = importGrafanaDashboard(legacy);

  it('produces a valid model', () => {
    expect(() => dashboardModel.parse(model)).not.toThrow();
  });

  it('maps graph to a stacked area time series with axis unit, min, decimals and legend', () => {
    const p = asType(panelByTitle(model, 'Requests'), 'timeseries');
    expect(p.options).toEqual({ drawStyle: 'line', fill: 'area', stacking: 'normal', thresholdsStyle: 'line+area', legend: { mode: 'table', placement: 'right', calcs: ['last', 'mean', 'max'] } });
    expect(p.fieldConfig.defaults).toMatchObject({ unit: 'reqps', min: 0, decimals: 1 });
    expect(p.fieldConfig.defaults.max).toBeUndefined();
    expect(p.fieldConfig.defaults.thresholds).toEqual({ mode: 'absolute', steps: [{ value: null, color: 'green' }, { value: 100, color: 'red' }] });
    expect(p.fieldConfig.overrides).toEqual([{ matcher: { id: 'byName', options: '2xx' }, properties: [{ id: 'color', value: '#73BF69' }] }]);
    expect(p.targets).toEqual([{ refId: 'A', datasource: 'prometheus', expr: 'sum(rate(http_requests_total[5m])) by (code)', legendFormat: '{{code}}', interval: '30s' }]);
    const so = warnings.find((w) => w.code === 'series-overrides-ignored');
    expect(so).toMatchObject({ panelId: 1, panelTitle: 'Requests' });
    expect(so?.message).toContain('"5xx"');
  });

  it('maps a bars-only graph with a hidden legend', () => {
    const p = asType(panelByTitle(model, 'Bars'), 'timeseries');
    expect(p.options).toMatchObject({ drawStyle: 'bars', fill: 'none', stacking: 'none', legend: { mode: 'hidden' } });
    expect(p.fieldConfig.defaults.unit).toBe('bytes');
  });

  it('maps singlestat to stat: format, valueName, "80,90" thresholds with colors, background, sparkline', () => {
    const p = asType(panelByTitle(model, 'Error ratio'), 'stat');
    expect(p.options).toEqual({ reduce: 'last', sparkline: true, colorMode: 'background', textMode: 'auto' });
    expect(p.fieldConfig.defaults).toEqual({
      unit: 'percentunit',
      decimals: 2,
      thresholds: { mode: 'absolute', steps: [{ value: null, color: '#299c46' }, { value: 0.05, color: 'rgba(237, 129, 40, 0.89)' }, { value: 0.1, color: '#d44a3a' }] },
    });
    expect(p.targets[0].instant).toBe(true);
    expect(warnings.find((w) => w.panelId === 3 && w.code === 'field-option-dropped')?.message).toContain('value/range mappings');
  });

  it('maps a singlestat drawn as a gauge to a gauge', () => {
    const p = asType(panelByTitle(model, 'Disk'), 'gauge');
    expect(p.options).toEqual({ reduce: 'mean' });
    expect(p.fieldConfig.defaults).toMatchObject({ unit: 'percent', min: 0, max: 100 });
    expect(p.fieldConfig.defaults.thresholds?.steps.map((s) => s.value)).toEqual([null, 80, 90]);
  });

  it('turns an HTML text panel into plain text, never markup', () => {
    const p = asType(panelByTitle(model, 'Notes'), 'text');
    expect(p.options.mode).toBe('text');
    expect(p.options.content).toBe('Read me\nSee runbook\n\n- one\n- two');
    expect(p.options.content).not.toMatch(/[<>]/);
    expect(warnings.some((w) => w.code === 'html-converted' && w.panelId === 5)).toBe(true);
  });

  it('clamps the refresh interval to the next slower allowed one, with a warning', () => {
    expect(model.refresh).toBe('30s');
    expect(warnings.find((w) => w.code === 'refresh-clamped')?.message).toContain('"15s"');
  });
});

describe('pre-Grafana-5 rows (schemaVersion < 16)', () => {
  it('lays out rows[] of spans as a grid', () => {
    const { model } = importGrafanaDashboard({
      title: 'Old',
      schemaVersion: 14,
      rows: [
        { title: 'First', height: '250px', panels: [{ id: 1, type: 'graph', title: 'a', span: 6, targets: [] }, { id: 2, type: 'singlestat', title: 'b', span: 6, targets: [] }] },
        { title: 'Second', height: 300, collapse: true, panels: [{ id: 3, type: 'graph', title: 'c', span: 12, targets: [] }] },
      ],
    });
    expect(model.panels.map((p) => [p.type, p.title, p.gridPos])).toEqual([
      ['row', 'First', { x: 0, y: 0, w: 24, h: 1 }],
      ['timeseries', 'a', { x: 0, y: 1, w: 12, h: 7 }],
      ['stat', 'b', { x: 12, y: 1, w: 12, h: 7 }],
      ['row', 'Second', { x: 0, y: 8, w: 24, h: 1 }],
    ]);
    const second = model.panels[3];
    expect(second.type === 'row' && second.collapsed && second.panels.map((p) => p.title)).toEqual(['c']);
  });
});
