import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../client';
import { InvalidInputError, NotFoundError } from '../errors';
import { migrateDatabase } from '../migrate';
import { defaultMigrationsDir } from '../migration-files';
import { createQueryHistoryRepository, type QueryDatasource, type QueryHistoryRepository } from '../query-history';
import type { TestTarget } from './target';

const t = (minute: number) => new Date(Date.UTC(2026, 0, 1, 0, minute));
const ALICE = 'alice';
const BOB = 'bob';
const OWNER_MIGRATION = '20261202172657_query_history_owner';

/** The real migrations up to, not including, `name`, copied to a temp dir. */
function migrationsBefore(provider: TestTarget['provider'], name: string): string {
  const from = defaultMigrationsDir(provider);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-migrations-'));
  for (const m of fs.readdirSync(from).filter((f) => /^\d{14}_/.test(f) && f < name)) {
    fs.cpSync(path.join(from, m), path.join(dir, m), { recursive: true });
  }
  return dir;
}

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
      const first = await repo.add({ owner: ALICE, datasource: 'prometheus', query: 'up', at: t(1) });
      const again = await repo.add({ owner: ALICE, datasource: 'prometheus', query: '  up\n', at: t(5) });
      expect(again).toMatchObject({ id: first.id, runCount: 2, createdAt: t(1), lastRunAt: t(5) });
      const loki = await repo.add({ owner: ALICE, datasource: 'loki', query: 'up', at: t(2) });
      expect(loki.id).not.toBe(first.id);
      expect((await repo.list(ALICE)).map((e) => [e.datasource, e.runCount])).toEqual([
        ['prometheus', 2],
        ['loki', 1],
      ]);
    });

    it('caps the starred entries of a user, not of everyone', async () => {
      const capped = createQueryHistoryRepository(db, { maxStarred: 2 });
      const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((q) => capped.add({ owner: ALICE, datasource: 'loki', query: `{app="${q}"}` })));
      await capped.star(ALICE, a!.id);
      await capped.star(ALICE, b!.id);
      await expect(capped.star(ALICE, b!.id)).resolves.toMatchObject({ starred: true });
      await expect(capped.star(ALICE, c!.id)).rejects.toThrow(/at most 2 starred queries per user/);
      const other = await capped.add({ owner: BOB, datasource: 'loki', query: '{app="a"}' });
      await expect(capped.star(BOB, other.id)).resolves.toMatchObject({ starred: true });
      await capped.unstar(ALICE, a!.id);
      await expect(capped.star(ALICE, c!.id)).resolves.toMatchObject({ starred: true });
    });

    it('counts simultaneous first runs of one query as one entry', async () => {
      await Promise.all(Array.from({ length: 5 }, () => repo.add({ owner: ALICE, datasource: 'loki', query: '{app="api"} |= "error"' })));
      const entries = await repo.list(ALICE);
      expect(entries).toHaveLength(1);
      expect(entries[0].runCount).toBe(5);
    });

    it('lists by recency, filters by datasource and starred, searches text case-insensitively', async () => {
      await repo.add({ owner: ALICE, datasource: 'prometheus', query: 'rate(HTTP_Requests_total[5m])', at: t(1) });
      await repo.add({ owner: ALICE, datasource: 'loki', query: '{job="Ünïcode"} |= "Größe"', at: t(3) });
      await repo.add({ owner: ALICE, datasource: 'prometheus', query: 'sum by (pod) (container_memory_bytes)', at: t(2) });
      const queries = async (q: Parameters<QueryHistoryRepository['list']>[1]) => (await repo.list(ALICE, q)).map((e) => e.query);
      expect(await queries({})).toEqual(['{job="Ünïcode"} |= "Größe"', 'sum by (pod) (container_memory_bytes)', 'rate(HTTP_Requests_total[5m])']);
      expect(await queries({ datasource: 'prometheus', limit: 1 })).toEqual(['sum by (pod) (container_memory_bytes)']);
      expect(await queries({ search: 'http_requests' })).toEqual(['rate(HTTP_Requests_total[5m])']);
      expect(await queries({ search: 'GRÖSSE' })).toEqual([]); // no full case folding (ß ≠ ss), as documented
      expect(await queries({ search: 'ünïCODE' })).toEqual(['{job="Ünïcode"} |= "Größe"']);
      expect(await queries({ search: '_' })).toHaveLength(2);
    });

    it('stars and unstars', async () => {
      const e = await repo.add({ owner: ALICE, datasource: 'prometheus', query: 'up' });
      expect((await repo.star(ALICE, e.id)).starred).toBe(true);
      expect((await repo.list(ALICE, { starred: true })).map((x) => x.id)).toEqual([e.id]);
      expect((await repo.unstar(ALICE, e.id)).starred).toBe(false);
      expect(await repo.list(ALICE, { starred: true })).toEqual([]);
      await expect(repo.star(ALICE, 'missing')).rejects.toBeInstanceOf(NotFoundError);
      expect(await repo.remove(ALICE, e.id)).toBe(true);
      expect(await repo.remove(ALICE, e.id)).toBe(false);
    });

    it('prunes to the N newest unstarred entries and keeps every starred one', async () => {
      for (let i = 0; i < 10; i++) await repo.add({ owner: ALICE, datasource: 'prometheus', query: `q${i}`, at: t(i) });
      const old = (await repo.list(ALICE, { search: 'q0' }))[0];
      await repo.star(ALICE, old.id);
      expect(await repo.prune(ALICE, 3)).toBe(6);
      expect((await repo.list(ALICE)).map((e) => e.query)).toEqual(['q9', 'q8', 'q7', 'q0']);
      expect(await repo.prune(ALICE, 3)).toBe(0);
      expect(await repo.prune(ALICE, 0)).toBe(3);
      await expect(repo.prune(ALICE, -1)).rejects.toBeInstanceOf(InvalidInputError);
    });

    it('rejects unknown datasources, empty queries and an empty or oversized owner', async () => {
      await expect(repo.add({ owner: ALICE, datasource: 'mysql' as QueryDatasource, query: 'x' })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(repo.add({ owner: ALICE, datasource: 'loki', query: '   ' })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(repo.add({ owner: '', datasource: 'loki', query: 'x' })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(repo.add({ owner: 'ü'.repeat(513), datasource: 'loki', query: 'x' })).rejects.toBeInstanceOf(InvalidInputError);
      await expect(repo.list('')).rejects.toBeInstanceOf(InvalidInputError);
      await expect(repo.prune('', 0)).rejects.toBeInstanceOf(InvalidInputError);
    });

    it('keeps one history per owner: the same query is two entries with their own counts', async () => {
      const a = await repo.add({ owner: ALICE, datasource: 'prometheus', query: 'up', at: t(1) });
      await repo.add({ owner: ALICE, datasource: 'prometheus', query: 'up', at: t(2) });
      const b = await repo.add({ owner: BOB, datasource: 'prometheus', query: 'up', at: t(3) });
      expect(b.id).not.toBe(a.id);
      expect(b.runCount).toBe(1);
      await repo.add({ owner: BOB, datasource: 'loki', query: '{app="bob"}', at: t(4) });
      expect((await repo.list(ALICE)).map((e) => [e.id, e.runCount])).toEqual([[a.id, 2]]);
      expect((await repo.list(BOB)).map((e) => e.query)).toEqual(['{app="bob"}', 'up']);
      expect(await repo.list(ALICE, { search: 'bob' })).toEqual([]);
      expect(await repo.list('carol')).toEqual([]);
    });

    it("answers another owner's entry like a missing one: no star, no delete", async () => {
      const a = await repo.add({ owner: ALICE, datasource: 'prometheus', query: 'up' });
      await expect(repo.star(BOB, a.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(repo.unstar(BOB, a.id)).rejects.toBeInstanceOf(NotFoundError);
      expect(await repo.remove(BOB, a.id)).toBe(false);
      expect(await repo.list(ALICE)).toMatchObject([{ id: a.id, starred: false }]);
    });

    it("prunes each owner's history alone", async () => {
      for (let i = 0; i < 4; i++) await repo.add({ owner: ALICE, datasource: 'prometheus', query: `a${i}`, at: t(i) });
      for (let i = 0; i < 4; i++) await repo.add({ owner: BOB, datasource: 'prometheus', query: `b${i}`, at: t(10 + i) });
      expect(await repo.prune(ALICE, 1)).toBe(3);
      expect((await repo.list(ALICE)).map((e) => e.query)).toEqual(['a3']);
      expect(await repo.list(BOB)).toHaveLength(4);
    });

    it('gives history recorded before it was per user to nobody', async () => {
      const url = await target.freshUrl();
      const before = migrationsBefore(target.provider, OWNER_MIGRATION);
      try {
        await migrateDatabase(url, { migrationsDir: before });
        const { db: old } = await openDb(url, { migrate: false });
        try {
          await old.$executeRawUnsafe(
            `INSERT INTO "QueryHistory" ("id", "datasource", "query", "queryHash", "searchKey") VALUES ('legacy', 'prometheus', 'up', 'h', 'up')`,
          );
        } finally {
          await old.$disconnect();
        }
        expect((await migrateDatabase(url)).applied).toEqual([OWNER_MIGRATION]);
        const { db: migrated } = await openDb(url, { migrate: false });
        try {
          expect(await migrated.$queryRawUnsafe(`SELECT "owner" FROM "QueryHistory"`)).toEqual([{ owner: '' }]);
          const legacy = createQueryHistoryRepository(migrated);
          expect(await legacy.list(ALICE)).toEqual([]);
          await expect(legacy.star(ALICE, 'legacy')).rejects.toBeInstanceOf(NotFoundError);
          expect((await legacy.add({ owner: ALICE, datasource: 'prometheus', query: 'up' })).runCount).toBe(1);
        } finally {
          await migrated.$disconnect();
        }
      } finally {
        fs.rmSync(before, { recursive: true, force: true });
      }
    });
  });
}
