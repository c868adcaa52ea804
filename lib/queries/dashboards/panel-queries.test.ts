import { describe, expect, it } from 'vitest';
import { panel as panelSchema } from '@/lib/dashboards/model';
import { exploreTarget, planPanelQueries } from './panel-queries';

const range = { startMs: 1_700_000_000_000, endMs: 1_700_003_600_000 };
const scope = { namespace: { values: ['a"b'] }, pod: { values: ['web.1', 'web-2'] } };

const p = (input: object) => panelSchema.parse({ id: 1, title: 't', gridPos: { x: 0, y: 0, w: 12, h: 8 }, ...input });

describe('planPanelQueries', () => {
  it('interpolates with escaping, steps for the width and fills the built-ins', () => {
    const plan = planPanelQueries({
      panel: p({
        type: 'timeseries',
        targets: [{ refId: 'A', datasource: 'prometheus', expr: 'sum(rate(x{namespace="$namespace", pod=~"$pod"}[$__rate_interval]))' }],
      }),
      scope,
      range,
      widthPx: 600,
    });
    expect(plan).toHaveLength(1);
    const q = plan[0]!;
    expect(q.kind).toBe('prom.range');
    expect(q.stepMs).toBe(15_000);
    expect(q.expr).toBe('sum(rate(x{namespace="a\\"b", pod=~"web\\\\.1|web-2"}[1m]))');
    if (q.kind === 'prom.range') expect(q.params).toMatchObject({ step: 15, start: expect.any(Number), end: expect.any(Number) });
  });

  it('runs instant targets at the end of the range, skips hidden and empty ones', () => {
    const plan = planPanelQueries({
      panel: p({
        type: 'stat',
        targets: [
          { refId: 'A', datasource: 'prometheus', expr: 'up', instant: true },
          { refId: 'B', datasource: 'prometheus', expr: 'up', hide: true },
          { refId: 'C', datasource: 'prometheus', expr: '  ' },
        ],
      }),
      scope,
      range,
      widthPx: 300,
    });
    expect(plan.map((q) => [q.refId, q.kind])).toEqual([['A', 'prom.instant']]);
    expect(plan[0]!.kind === 'prom.instant' && plan[0]!.params.time).toBe(range.endMs);
  });

  it('asks Loki for streams in logs panels', () => {
    const plan = planPanelQueries({
      panel: p({ type: 'logs', targets: [{ refId: 'A', datasource: 'loki', expr: '{namespace="$namespace"} |= "err"' }] }),
      scope,
      range,
      widthPx: 300,
    });
    expect(plan[0]).toMatchObject({ kind: 'loki.range', logs: true, expr: '{namespace="a\\"b"} |= "err"', params: { limit: 1000, direction: 'backward' } });
    expect(exploreTarget(plan)).toEqual({ view: 'logs', expr: '{namespace="a\\"b"} |= "err"' });
  });

  it('plans nothing for text panels', () => {
    expect(planPanelQueries({ panel: p({ type: 'text' }), scope, range, widthPx: 300 })).toEqual([]);
  });
});
