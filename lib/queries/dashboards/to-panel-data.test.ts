import { describe, expect, it } from 'vitest';
import { panel as panelSchema } from '@/lib/dashboards/model';
import { ApiError } from '../api';
import type { PlannedQuery } from './panel-queries';
import { isCapped, toPanelData, type QueryResult } from './to-panel-data';

const range = { startMs: 0, endMs: 1_000_000 };
const p = (type: string) => panelSchema.parse({ id: 1, type, title: 't', gridPos: { x: 0, y: 0, w: 12, h: 8 } });
const rangeQ = (refId: string): PlannedQuery => ({ kind: 'prom.range', refId, rawExpr: 'x', expr: 'x', stepMs: 1000, params: { query: 'x', start: 0, end: 1, step: 1 } });
const instantQ = (refId: string): PlannedQuery => ({ kind: 'prom.instant', refId, rawExpr: 'x', expr: 'x', stepMs: 1000, params: { query: 'x', time: 1 } });
const series = (n: number) => Array.from({ length: n }, (_, i) => ({ labels: { i: String(i) }, points: [[0, i], [1000, i]] as [number, number][] }));

describe('toPanelData', () => {
  it("shows the first failure with the datasource's message verbatim", () => {
    const err = new ApiError({ message: 'parse error: unexpected end of input', kind: 'bad_data', status: 400, datasource: 'prometheus', position: { line: 1, column: 10 } });
    const results: QueryResult[] = [{ status: 'success', data: { series: [] }, fetching: false }, { status: 'error', error: err }];
    expect(toPanelData(p('timeseries'), [rangeQ('A'), rangeQ('B')], results, { range, widthPx: 500 })).toEqual({
      kind: 'error',
      message: 'parse error: unexpected end of input',
      position: { line: 1, column: 10 },
      query: 'x',
      datasource: 'prometheus',
    });
  });

  it('waits for every query', () => {
    expect(toPanelData(p('timeseries'), [rangeQ('A')], [{ status: 'pending' }], { range, widthPx: 500 })).toEqual({ kind: 'loading' });
  });

  it('caps series and says so, unless asked for all', () => {
    const results: QueryResult[] = [{ status: 'success', data: { series: series(60) }, fetching: false }];
    const capped = toPanelData(p('timeseries'), [rangeQ('A')], results, { range, widthPx: 500 });
    expect(capped.kind === 'series' && capped.series.length).toBe(50);
    expect(capped.kind === 'series' && capped.notice).toBe('Showing 50 of 60 series');
    expect(isCapped(capped)).toBe(true);
    const all = toPanelData(p('timeseries'), [rangeQ('A')], results, { range, widthPx: 500, seriesLimit: Infinity });
    expect(all.kind === 'series' && all.series.length).toBe(60);
    expect(isCapped(all)).toBe(false);
  });

  it('keeps instant-only results as samples tagged with their target', () => {
    const results: QueryResult[] = [{ status: 'success', data: { resultType: 'vector', samples: [{ labels: {}, value: 3, tsMs: 5 }] }, fetching: true }];
    expect(toPanelData(p('stat'), [instantQ('A')], results, { range, widthPx: 500 })).toEqual({
      kind: 'samples',
      samples: [{ labels: {}, value: 3, tsMs: 5, refId: 'A' }],
      refreshing: true,
    });
  });

  it('downsamples long series to the width', () => {
    const long = { labels: {}, points: Array.from({ length: 5000 }, (_, i) => [i * 200, Math.sin(i)] as [number, number]) };
    const d = toPanelData(p('timeseries'), [rangeQ('A')], [{ status: 'success', data: { series: [long] }, fetching: false }], { range, widthPx: 200 });
    expect(d.kind === 'series' && d.series[0]!.points.length).toBeLessThanOrEqual(200);
  });
});
