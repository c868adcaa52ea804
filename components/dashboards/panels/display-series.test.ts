import { describe, expect, it } from 'vitest';
import { fieldConfig } from '@/lib/dashboards/model';
import { displaySeries, fieldValues } from './display-series';
import { metricSeries, panelState } from './panel-data';

describe('displaySeries', () => {
  const targets = [
    { refId: 'A', legendFormat: '{{pod}}' },
    { refId: 'B', legendFormat: 'limit' },
  ];
  const fc = fieldConfig.parse({
    defaults: { unit: 'bytes' },
    overrides: [{ matcher: { id: 'byName', options: 'limit' }, properties: [{ id: 'color', value: 'red' }, { id: 'displayName', value: 'Limit of ${__field.labels.pod}' }] }],
  });

  it('names series by their target legend, applies overrides and palette colours', () => {
    const out = displaySeries(
      [
        { refId: 'A', labels: { pod: 'api' }, points: [] },
        { refId: 'B', labels: { pod: 'api' }, points: [] },
        { labels: { pod: 'web' }, points: [] },
      ],
      targets,
      fc,
    );
    expect(out.map((s) => s.name)).toEqual(['api', 'Limit of api', 'web']);
    expect(out[1]!.color).toBe('#F2495C');
    expect(out[0]!.color).toMatch(/^#/);
    expect(out[0]!.field.unit).toBe('bytes');
    expect(new Set(out.map((s) => s.id)).size).toBe(3);
  });

  it('keeps ids unique for identical label sets', () => {
    const out = displaySeries([{ labels: {}, points: [] }, { labels: {}, points: [] }], [], undefined);
    expect(out[0]!.id).not.toBe(out[1]!.id);
    expect(out[0]!.name).toBe('{}');
  });

  it('reduces each series for stat-like panels', () => {
    const s = displaySeries([{ labels: { a: '1' }, points: [[0, 1], [1, 3]] }], [], undefined);
    expect(fieldValues(s, 'mean')[0]!.value).toBe(2);
  });
});

describe('panelState and metricSeries', () => {
  it('derives the shown state', () => {
    expect(panelState({ type: 'text' }, undefined)).toBe('ready');
    expect(panelState({ type: 'stat' }, undefined)).toBe('loading');
    expect(panelState({ type: 'stat' }, { kind: 'error', message: 'x' })).toBe('error');
    expect(panelState({ type: 'timeseries' }, { kind: 'series', series: [{ labels: {}, points: [] }] })).toBe('empty');
    expect(panelState({ type: 'table' }, { kind: 'samples', samples: [{ labels: {}, tsMs: 0, value: 1 }] })).toBe('ready');
    expect(panelState({ type: 'logs' }, { kind: 'logs', entries: [] })).toBe('empty');
  });

  it('turns samples into one-point series', () => {
    expect(metricSeries({ kind: 'samples', samples: [{ labels: { a: 'b' }, tsMs: 5, value: 2, refId: 'A' }] })).toEqual([
      { labels: { a: 'b' }, refId: 'A', points: [[5, 2]] },
    ]);
    expect(metricSeries({ kind: 'loading' })).toBeNull();
  });
});
