import { describe, expect, it } from 'vitest';
import { importGrafanaDashboard } from './import-dashboard';
import { exportLanternJson, LanternJsonError, parseLanternJson } from './lantern-json';
import { readGrafanaFixture } from './test-helpers';

describe('Lantern JSON', () => {
  it('round-trips an imported dashboard: export → parse gives the same model', () => {
    for (const name of ['k8s-views-global.json', 'k8s-views-namespaces.json']) {
      const { model } = importGrafanaDashboard(readGrafanaFixture(name));
      const text = exportLanternJson(model);
      expect(text.startsWith('{\n  "schemaVersion": 1,')).toBe(true);
      expect(parseLanternJson(text)).toEqual(model);
    }
  });

  it('round-trips placeholders, rows and every variable type', () => {
    const { model } = importGrafanaDashboard({
      title: 'All kinds',
      panels: [
        { id: 1, type: 'row', title: 'r', collapsed: true, gridPos: { x: 0, y: 0, w: 24, h: 1 }, panels: [{ id: 2, type: 'piechart', title: 'p', gridPos: { x: 0, y: 1, w: 6, h: 6 } }] },
        { id: 3, type: 'text', title: 't', options: { mode: 'markdown', content: '# Hi' }, gridPos: { x: 0, y: 2, w: 6, h: 3 } },
      ],
      templating: {
        list: [
          { type: 'query', name: 'q', query: 'label_values(up, job)' },
          { type: 'custom', name: 'c', query: 'a,b' },
          { type: 'constant', name: 'k', query: 'x' },
          { type: 'textbox', name: 't', query: 'y' },
          { type: 'interval', name: 'i', query: '1m' },
          { type: 'datasource', name: 'd', query: 'loki' },
        ],
      },
    });
    expect(parseLanternJson(exportLanternJson(model))).toEqual(model);
  });

  it('explains what is wrong with a file', () => {
    expect(() => parseLanternJson('nope')).toThrow(LanternJsonError);
    expect(() => parseLanternJson('[]')).toThrow(/JSON object/);
    expect(() => parseLanternJson(JSON.stringify(readGrafanaFixture('k8s-views-global.json')))).toThrow(/Grafana dashboard \(schemaVersion 39\)/);
    expect(() => parseLanternJson('{"schemaVersion": 2, "title": "x"}')).toThrow(/schemaVersion 2/);
    expect(() => parseLanternJson('{"schemaVersion": 1, "title": ""}')).toThrow(/title: a dashboard needs a title/);
  });
});
