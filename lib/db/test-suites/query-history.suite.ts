import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../client';
import { InvalidInputError, NotFoundError } from '../errors';
import { createQueryHistoryRepository, type QueryDatasource, type QueryHistoryRepository } from '../query-history';
import type { TestTarget } from './target';

const t = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));

export function queryHistorySuite(target: TestTarget): void {
  describe(`query history repository (${target.provider})`, () => {
    let db: Db;
    let repo: QueryHistoryRepository;

    beforeAll(async () => {
      db = (await openDb(await target.freshUrl())).db;
      repo = createQueryHistoryRepository(db);
    });
    afterAll(() => db?.$disconnect());
    beforeEach(async () => {
      await db.queryHistory.deleteMany();
    });

    it('dedupes the same datasource and query: run count and recency go up', async () => {
      const first = await repo.add({ datasource: 'prometheus', query: 'up', at: t(1) });
      const again = await repo.add({ datasource: 'prometheus', query: '  up\n', at: t(5) });
      expect(again).toMatchObject({ id: first.id, runCount: 2, createdAt: t(1), lastRunAt: t(5) });
      const loki = await repo.add({ datasource: 'loki', query: 'up', at: t(2) });
      expect(loki.id).not.toBe(first.id);
      expect((await repo.list()).map((e) => [e.datasource, e.runCount])).toEqual([
        ['prometheus', 2],
        ['loki', 1],
      ]);
    });

    it('counts simultaneous first runs of one query as one entry', async () => {
      await Promise.all(Array.from({ length: 5 }, () => repo.add({ datasource: 'loki', query: '{app="api"} |= "error"' })));
      const entries = await repo.list();
      expect(entries).toHaveLength(1);
      expect(entries[0].runCount).toBe(5);
    });

    it('lists by recency, filters by datasource and starred, searches text case-insensitively', async () => {
      await repo.add({ datasource: 'prometheus', query: 'rate(HTTP_Requests_total[5m])', at: t(1) });
      await repo.add({ datasource: 'loki', query: '{job="Ünïcode"} |= "Größe"', at: t(3) });
      await repo.add({ datasource: 'prometheus', query: 'sum by (pod) (container_memory_bytes)', at: t(2) });
      const queries = async (q: Parameters<QueryHistoryRepository['list']>[0]) => (await repo.list(q)).map((e) => e.query);
      expect(await queries({})).toEqual(['{job="Ünïcode"} |= "Größe"', 'sum by (pod) (container_memory_bytes)', 'rate(HTTP_Requests_total[5m])']);
      expect(await queries({ datasource: 'prometheus', limit: 1 })).toEqual(['sum by (pod) (container_memory_bytes)']);
      expect(await queries({ search: 'http_requests' })).toEqual(['rate(HTTP_Requests_total[5m])']);
      expect(await queries({ search: 'GRÖSSE' })).toEqual([]); // no full case folding (ß ≠ ss), as documented
      expect(await queries({ search: 'ünïCODE' })).toEqual(['{job="Ünïcode"} |= "Größe"']);
      expect(await queries({ search: '_' })).toHaveLength(2);
    });

    it('stars and unstars', async () => {
      const e = await repo.add({ datasource: 'prometheus', query: 'up' });
      expect((await repo.star(e.id)).starred).toBe(true);
      expect((await repo.list({ starred: true })).map((x) => x.id)).toEqual([e.id]);
      expect((await repo.unstar(e.id)).starred).toBe(false);
      expect(await repo.list({ starred: true })).toEqual([]);
      await expect(repo.star('missing')).rejects.toBeInstanceOf(NotFoundError);
      expect(await repo.remove(e.id)).toBe(true);
      expect(await repo.remove(e.id)).toBe(false);
    });

    it('prunes to the N newest unstarred entries and keeps every starred one', async () => {
      for (let i = 0; i < 10; i++) await repo.add({ datasource: 'prometheus', query: `q${i}`, at: t(i) });
      const old = (await repo.list({ search: 'q0' }))[0];
      await repo.star(old.id);
      expect(await repo.prune(3)).toBe(6);
      expect((await repo.list()).map((e) => e.query)).toEqual(['q9', 'q8', 'q7', 'q0']);
      expect(await repo.prune(3)).toBe(0);
      expect(await repo.prune(0)).toBe(3);
      await expect(repo.prune(-1)).rejects.toBeInstanceOf(InvalidInputError);
    });

    it('rejects unknown datasources and empty queries', async () => {
      await expect(repo.add({ datasource: 'mysql' as QueryDatasource, query: 'x' })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(repo.add({ datasource: 'loki', query: '   ' })).rejects.toBeInstanceOf(InvalidInputError);
    });
  });
}
