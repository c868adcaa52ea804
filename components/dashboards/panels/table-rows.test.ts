import { describe, expect, it } from 'vitest';
import { sortRows, tableRows } from './table-rows';

describe('tableRows', () => {
  it('builds label and value columns from instant samples', () => {
    const t = tableRows({
      kind: 'samples',
      samples: [
        { labels: { __name__: 'up', pod: 'b', job: 'x' }, tsMs: 1, value: 1 },
        { labels: { __name__: 'up', pod: 'a', zone: 'z1' }, tsMs: 1, value: 0 },
      ],
    });
    expect(t.columns.map((c) => c.label)).toEqual(['__name__', 'job', 'pod', 'zone', 'Value']);
    expect(t.rows.map((r) => r.values.value)).toEqual([1, 0]);
  });

  it('reduces range series to last, mean and max', () => {
    const t = tableRows({ kind: 'series', series: [{ labels: { pod: 'a' }, points: [[0, 1], [1, NaN], [2, 3]] }] });
    expect(t.columns.map((c) => c.label)).toEqual(['pod', 'Last', 'Mean', 'Max']);
    expect(t.rows[0]!.values).toEqual({ last: 3, mean: 2, max: 3 });
  });
});

describe('sortRows', () => {
  const t = tableRows({
    kind: 'samples',
    samples: [
      { labels: { pod: 'pod-10' }, tsMs: 1, value: 5 },
      { labels: { pod: 'pod-2' }, tsMs: 1, value: NaN },
      { labels: { pod: 'pod-1' }, tsMs: 1, value: 7 },
    ],
  });
  const pods = (rows: { labels: Record<string, string> }[]) => rows.map((r) => r.labels.pod);

  it('sorts labels naturally', () => {
    expect(pods(sortRows(t, 'label:pod', false))).toEqual(['pod-1', 'pod-2', 'pod-10']);
    expect(pods(sortRows(t, 'label:pod', true))).toEqual(['pod-10', 'pod-2', 'pod-1']);
  });

  it('sorts values numerically with NaN last either way, by key or header text', () => {
    expect(pods(sortRows(t, 'value', false))).toEqual(['pod-10', 'pod-1', 'pod-2']);
    expect(pods(sortRows(t, 'Value', true))).toEqual(['pod-1', 'pod-10', 'pod-2']);
  });

  it('keeps the order for an unknown column', () => {
    expect(pods(sortRows(t, 'nope', true))).toEqual(['pod-10', 'pod-2', 'pod-1']);
  });
});
