import { describe, expect, it } from 'vitest';
import { dashboardModel } from '../model';
import { importGrafanaDashboard } from './import-dashboard';
import { readGrafanaFixture } from './test-helpers';

/** Values that show up where they should not in hand-edited or half-migrated dashboards. */
const ODD_VALUES = [null, 0, -1, 1e9, 99.5, Number.NaN, 'x', '', true, [], {}, [null], { a: 1 }, '${DS_X}', { type: 'loki' }, 'x'.repeat(70_000)];

/** A small deterministic generator, so a failure reproduces. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

function mutate(value: unknown, rnd: () => number, rate: number): unknown {
  if (rnd() < rate) return ODD_VALUES[Math.floor(rnd() * ODD_VALUES.length)];
  if (Array.isArray(value)) return value.map((v) => mutate(v, rnd, rate));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mutate(v, rnd, rate)]));
  return value;
}

describe('import robustness', () => {
  it('never fails on dashboards with odd values anywhere, and always yields a valid model', () => {
    const rnd = random(7);
    for (const name of ['k8s-views-global.json', 'k8s-views-namespaces.json']) {
      const source = readGrafanaFixture(name) as Record<string, unknown>;
      for (let i = 0; i < 150; i++) {
        const mutated = mutate(source, rnd, 0.08) as Record<string, unknown>;
        const dashboard = { ...mutated, panels: Array.isArray(mutated.panels) ? mutated.panels : [] };
        const { model, warnings } = importGrafanaDashboard(dashboard);
        expect(dashboardModel.safeParse(model).success).toBe(true);
        // The last-resort validation net is for bugs; the mappers themselves handle all of this.
        expect(warnings.filter((w) => w.message.includes('could not be converted'))).toEqual([]);
      }
    }
  });
});
