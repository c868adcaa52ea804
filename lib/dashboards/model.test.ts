import { describe, expect, it } from 'vitest';
import { dashboardModel } from './model';

describe('dashboard model', () => {
  it('fills defaults for a minimal dashboard', () => {
    const d = dashboardModel.parse({ title: 'Cluster' });
    expect(d).toMatchObject({ schemaVersion: 1, tags: [], time: { from: 'now-1h', to: 'now' }, refresh: 'off', variables: [], panels: [] });
  });

  it('parses rows with panels, targets, thresholds and overrides', () => {
    const d = dashboardModel.parse({
      title: 'Pods',
      panels: [
        {
          type: 'row',
          id: 1,
          title: 'CPU',
          gridPos: { x: 0, y: 0, w: 24, h: 1 },
          collapsed: true,
          panels: [
            {
              type: 'timeseries',
              id: 2,
              gridPos: { x: 0, y: 1, w: 12, h: 8 },
              targets: [{ refId: 'A', datasource: 'prometheus', expr: 'up', legendFormat: '{{pod}}' }],
              fieldConfig: {
                defaults: { unit: 'percentunit', thresholds: { mode: 'absolute', steps: [{ value: null, color: 'green' }, { value: 0.8, color: 'red' }] } },
                overrides: [{ matcher: { id: 'byRegexp', options: '.*limit.*' }, properties: [{ id: 'color', value: 'red' }] }],
              },
            },
          ],
        },
      ],
    });
    const r = d.panels[0];
    expect(r.type).toBe('row');
    if (r.type === 'row') expect(r.panels[0].type).toBe('timeseries');
  });

  it('refuses unknown panel types and bad variable names with a message', () => {
    expect(() => dashboardModel.parse({ title: 'x', panels: [{ type: 'piechart', id: 1, gridPos: { x: 0, y: 0, w: 1, h: 1 } }] })).toThrow();
    const r = dashboardModel.safeParse({ title: 'x', variables: [{ type: 'constant', name: 'bad-name', value: '1' }] });
    expect(r.success).toBe(false);
    expect(JSON.stringify(r.error?.issues)).toContain('variable names');
  });
});
