import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../client';
import { createDashboardRepository, type DashboardModel, type DashboardRepository } from '../dashboards';
import { AlreadyExistsError, ConflictError, InvalidInputError, NotFoundError } from '../errors';
import type { TestTarget } from './target';

const model = (n: number): DashboardModel => ({
  schemaVersion: 1,
  panels: [{ id: n, type: 'timeseries', title: `Panel ${n} — ünïcödé ✓`, targets: [{ expr: 'rate(x[5m])' }] }],
  time: { from: 'now-1h', to: 'now' },
  nested: { nothing: null, flag: true, ratio: 0.25, list: [1, 'two', null] },
});

export function dashboardsSuite(target: TestTarget): void {
  describe(`dashboards repository (${target.provider})`, () => {
    let db: Db;
    let repo: DashboardRepository;

    beforeAll(async () => {
      db = (await openDb(await target.freshUrl())).db;
      repo = createDashboardRepository(db);
    });
    afterAll(() => db?.$disconnect());
    beforeEach(async () => {
      await db.dashboard.deleteMany();
    });

    it('creates and reads back a dashboard with its first version', async () => {
      const created = await repo.create({ uid: 'node-overview', title: '  Node overview ', tags: ['k8s', 'nodes', 'k8s', ' '], model: model(1) });
      expect(created).toMatchObject({ uid: 'node-overview', title: 'Node overview', tags: ['k8s', 'nodes'], version: 1 });
      const got = await repo.get('node-overview');
      expect(got?.model).toEqual(model(1));
      expect(got?.createdAt).toBeInstanceOf(Date);
      expect(await repo.listVersions('node-overview')).toMatchObject([{ version: 1, title: 'Node overview', tags: ['k8s', 'nodes'] }]);
      expect(await repo.get('missing')).toBeNull();
    });

    it('generates a uid, and refuses a taken or malformed one', async () => {
      const a = await repo.create({ title: 'A', model: model(1) });
      expect(a.uid).toMatch(/^[A-Za-z0-9_-]{12}$/);
      await expect(repo.create({ uid: a.uid, title: 'B', model: model(2) })).rejects.toBeInstanceOf(AlreadyExistsError);
      await expect(repo.create({ uid: 'no spaces', title: 'B', model: model(2) })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(repo.create({ title: '   ', model: model(2) })).rejects.toBeInstanceOf(InvalidInputError);
    });

    it('searches titles case-insensitively, Unicode included, with LIKE wildcards taken literally', async () => {
      const titles = ['Überwachung Ölpreis', 'ÉTÉ à Paris', '日本語のダッシュボード', 'Straße Σίσυφος', 'cpu_usage 100%', 'cpuXusage 1000', 'Plain'];
      for (const [i, title] of titles.entries()) await repo.create({ uid: `d${i}`, title, model: model(i) });
      const search = async (s: string) => (await repo.list({ search: s })).map((d) => d.title);
      expect(await search('über')).toEqual(['Überwachung Ölpreis']);
      expect(await search('ÖLPREIS')).toEqual(['Überwachung Ölpreis']);
      expect(await search('été')).toEqual(['ÉTÉ à Paris']);
      expect(await search('ダッシュ')).toEqual(['日本語のダッシュボード']);
      expect(await search('ΣΊΣΥΦΟΣ')).toEqual(['Straße Σίσυφος']);
      expect(await search('%')).toEqual(['cpu_usage 100%']);
      expect(await search('CPU_U')).toEqual(['cpu_usage 100%']);
      expect(await search('10%')).toEqual([]);
      expect(await search('_')).toEqual(['cpu_usage 100%']);
      expect((await repo.list()).length).toBe(titles.length);
      expect((await repo.list({ limit: 2, offset: 1 })).length).toBe(2);
    });

    it('filters by tags (all of them) and counts tags', async () => {
      await repo.create({ uid: 'a', title: 'A', tags: ['prod', 'k8s'], model: model(1) });
      await repo.create({ uid: 'b', title: 'B', tags: ['prod'], model: model(2) });
      await repo.create({ uid: 'c', title: 'C', tags: ['dev', 'k8s'], model: model(3) });
      const uids = async (tags: string[], search?: string) => (await repo.list({ tags, search })).map((d) => d.uid);
      expect(await uids(['prod'])).toEqual(['a', 'b']);
      expect(await uids(['prod', 'k8s'])).toEqual(['a']);
      expect(await uids(['k8s'], 'c')).toEqual(['c']);
      expect(await uids(['nope'])).toEqual([]);
      expect(await repo.listTags()).toEqual([
        { tag: 'dev', count: 1 },
        { tag: 'k8s', count: 2 },
        { tag: 'prod', count: 2 },
      ]);
    });

    it('saves with optimistic concurrency: a stale version conflicts and writes nothing', async () => {
      await repo.create({ uid: 'x', title: 'X', tags: ['a'], model: model(1) });
      const saved = await repo.save('x', { expectedVersion: 1, title: 'X2', tags: ['b'], model: model(2), message: 'second' });
      expect(saved).toMatchObject({ version: 2, title: 'X2', tags: ['b'], model: model(2) });
      const stale = repo.save('x', { expectedVersion: 1, title: 'lost update', model: model(9) });
      await expect(stale).rejects.toBeInstanceOf(ConflictError);
      await expect(stale).rejects.toMatchObject({ currentVersion: 2, expectedVersion: 1 });
      expect(await repo.get('x')).toMatchObject({ version: 2, title: 'X2', model: model(2) });
      expect((await repo.listVersions('x')).map((v) => [v.version, v.message])).toEqual([
        [2, 'second'],
        [1, null],
      ]);
      await expect(repo.save('nope', { expectedVersion: 1, title: 'n' })).rejects.toBeInstanceOf(NotFoundError);
    });

    it('lets exactly one of two simultaneous saves of the same version win', async () => {
      await repo.create({ uid: 'race', title: 'Race', model: model(1) });
      const results = await Promise.allSettled([
        repo.save('race', { expectedVersion: 1, title: 'left' }),
        repo.save('race', { expectedVersion: 1, title: 'right' }),
      ]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
      expect(rejected).toHaveLength(1);
      expect(rejected[0].reason).toBeInstanceOf(ConflictError);
      expect((await repo.listVersions('race')).length).toBe(2);
    });

    it('restores an old version as a new version', async () => {
      await repo.create({ uid: 'r', title: 'One', tags: ['t1'], model: model(1) });
      await repo.save('r', { expectedVersion: 1, title: 'Two', tags: ['t2'], model: model(2) });
      const restored = await repo.restore('r', 1);
      expect(restored).toMatchObject({ version: 3, title: 'One', tags: ['t1'], model: model(1) });
      expect((await repo.listVersions('r')).map((v) => [v.version, v.title, v.message])).toEqual([
        [3, 'One', 'Restored from version 1'],
        [2, 'Two', null],
        [1, 'One', null],
      ]);
      expect((await repo.getVersion('r', 2))?.model).toEqual(model(2));
      expect(await repo.getVersion('r', 42)).toBeNull();
      await expect(repo.restore('r', 2, { expectedVersion: 2 })).rejects.toMatchObject({ currentVersion: 3 });
      await expect(repo.restore('r', 42)).rejects.toBeInstanceOf(NotFoundError);
      expect(await repo.list({ tags: ['t1'] })).toHaveLength(1);
    });

    it('duplicates into a fresh dashboard and deletes with history', async () => {
      await repo.create({ uid: 'src', title: 'Source', tags: ['x'], model: model(1) });
      await repo.save('src', { expectedVersion: 1, model: model(2) });
      const copy = await repo.duplicate('src', { uid: 'copy' });
      expect(copy).toMatchObject({ uid: 'copy', title: 'Source (copy)', tags: ['x'], version: 1, model: model(2) });
      expect(await repo.listVersions('copy')).toHaveLength(1);
      await expect(repo.duplicate('src', { uid: 'copy' })).rejects.toBeInstanceOf(AlreadyExistsError);
      expect(await repo.delete('src')).toBe(true);
      expect(await repo.delete('src')).toBe(false);
      expect(await repo.getVersion('src', 1)).toBeNull();
      expect(await db.dashboardVersion.count()).toBe(1);
      await expect(repo.listVersions('src')).rejects.toBeInstanceOf(NotFoundError);
    });
  });
}
