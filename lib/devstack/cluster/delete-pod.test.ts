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
