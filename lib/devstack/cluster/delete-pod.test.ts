import { describe, expect, it } from 'vitest';
import { DemoCluster } from './cluster';

describe('DemoCluster with extra pods (benchmarks)', () => {
  it('adds them to the API only, in their own namespace, with a mix of states', () => {
    const cluster = new DemoCluster(() => Date.UTC(2026, 0, 1, 12), undefined, { extraPods: 500 });
    const load = cluster.list('Pod').items.filter((p) => p.metadata.namespace === 'load');
    expect(load).toHaveLength(500);
    expect(new Set(load.map((p) => p.metadata.name)).size).toBe(500);
    expect(cluster.list('Namespace').items.map((n) => n.metadata.name)).toContain('load');
    expect(cluster.podsAt().some((p) => p.namespace === 'load')).toBe(false);
    expect(new DemoCluster(() => Date.UTC(2026, 0, 1, 12)).list('Pod').items.some((p) => p.metadata.namespace === 'load')).toBe(false);
  });
});

describe('DemoCluster.deletePod', () => {
  it('turns the pod Terminating, publishes the change, removes it after the grace period and adds a replacement', () => {
    let now = Date.UTC(2026, 0, 1, 12);
    const cluster = new DemoCluster(() => now);
    const victim = cluster.list('Pod').items.find((p) => p.metadata.namespace === 'shop' && p.metadata.name.startsWith('frontend-'))!;
    const seen: string[] = [];
    cluster.subscribe((e) => {
      if (e.object.kind === 'Pod') seen.push(`${e.type} ${e.object.metadata.name}${(e.object.metadata as { deletionTimestamp?: string }).deletionTimestamp ? ' (deleting)' : ''}`);
    });
    const { replacement } = cluster.deletePod('shop', victim.metadata.name);
    expect(replacement).toMatch(/^frontend-[a-z0-9]+-[a-z0-9]{5}$/);
    expect(seen).toContain(`MODIFIED ${victim.metadata.name} (deleting)`);
    now += 31_000;
    cluster.refresh();
    expect(seen).toContain(`DELETED ${victim.metadata.name} (deleting)`);
    expect(cluster.get('Pod', 'shop', replacement!)).toBeDefined();
    expect(() => cluster.deletePod('shop', victim.metadata.name)).toThrow('not found');
  });
});

describe('DemoCluster.refresh', () => {
  const strip = (items: { metadata: { resourceVersion?: string } }[]) =>
    items
      .map((o) => ({ ...o, metadata: { ...o.metadata, resourceVersion: undefined } }))
      .sort((a, b) => JSON.stringify(a.metadata).localeCompare(JSON.stringify(b.metadata)));

  it('keeps the store equal to a model built from scratch, publishing only the pods that changed', () => {
    const start = Date.UTC(2026, 0, 1, 12);
    let now = start;
    const cluster = new DemoCluster(() => now, start, { extraPods: 300 });
    const changed: string[] = [];
    cluster.subscribe((e) => {
      if (e.object.kind === 'Pod') changed.push(e.object.metadata.name);
    });
    for (let step = 0; step < 12; step++) {
      now += 17_000;
      changed.length = 0;
      const before = new Map(cluster.list('Pod').items.map((p) => [p.metadata.name, p.metadata.resourceVersion]));
      cluster.refresh();
      const after = cluster.list('Pod').items;
      expect(strip(after)).toEqual(strip(new DemoCluster(() => now, start, { extraPods: 300 }).list('Pod').items));
      // A pod whose resource version moved was published, and nothing else was.
      const moved = after.filter((p) => before.get(p.metadata.name) !== p.metadata.resourceVersion).map((p) => p.metadata.name);
      expect(new Set(changed)).toEqual(new Set([...moved, ...[...before.keys()].filter((n) => !after.some((p) => p.metadata.name === n))]));
      expect(moved.length).toBeLessThan(after.length / 2);
    }
  });
});
