import { describe, expect, it } from 'vitest';
import { dashboardModel } from '@/lib/dashboards/model';
import { saveProblems } from './save-problems';

const withQuery = (expr: string, title = 'CPU') =>
  dashboardModel.parse({
    title: 'D',
    panels: [{ id: 1, type: 'timeseries', title, gridPos: { x: 0, y: 0, w: 12, h: 8 }, targets: [{ refId: 'A', datasource: 'prometheus', expr }] }],
  });

describe('saveProblems', () => {
  it('names the panel, query and position of a syntax error in a changed panel', () => {
    const [p, ...rest] = saveProblems(withQuery('sum(rate(up[5m])'), withQuery('sum(up)'));
    expect(rest).toEqual([]);
    expect(p).toMatch(/^CPU, query A, line 1, column \d+: /);
  });

  it('leaves untouched panels alone (an import may hold queries only Prometheus judges)', () => {
    expect(saveProblems({ ...withQuery('sum(rate(up[5m])'), title: 'Renamed' }, withQuery('sum(rate(up[5m])'))).toEqual([]);
  });

  it('reports schema errors by path', () => {
    expect(saveProblems({ ...withQuery('up'), title: '' }, withQuery('up'))).toEqual(['title: a dashboard needs a title']);
  });
});
