import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuditRepository, MAX_DETAIL, type AuditRepository } from '../audit';
import { openDb, type Db } from '../client';
import type { TestTarget } from './target';

export function auditSuite(target: TestTarget): void {
  describe(`audit repository (${target.provider})`, () => {
    let db: Db;
    let repo: AuditRepository;
    const event = (user: string, at: number, detail = '{"query":"up"}') => ({
      at: new Date(at),
      user,
      via: 'session',
      datasource: 'prometheus',
      route: '/api/prometheus/query',
      detail,
      status: 200,
      durationMs: 12,
    });

    beforeAll(async () => {
      db = (await openDb(await target.freshUrl())).db;
      repo = createAuditRepository(db);
    });
    afterAll(() => db?.$disconnect());
    beforeEach(async () => {
      await db.auditEvent.deleteMany();
    });

    it('records events and lists them newest first, by user and page', async () => {
      await repo.record([event('alice', 1_000), event('bob', 2_000), event('alice', 3_000, 'x'.repeat(MAX_DETAIL + 10))]);
      const all = await repo.list();
      expect(all.map((e) => [e.user, e.at.getTime()])).toEqual([['alice', 3_000], ['bob', 2_000], ['alice', 1_000]]);
      expect(all[0]!.detail).toHaveLength(MAX_DETAIL);
      expect((await repo.list({ user: 'alice' })).map((e) => e.at.getTime())).toEqual([3_000, 1_000]);
      expect((await repo.list({ before: new Date(3_000), limit: 1 })).map((e) => e.user)).toEqual(['bob']);
      expect(await repo.list({ datasource: 'loki' })).toEqual([]);
    });

    it('prunes by age', async () => {
      await repo.record([event('a', 1_000), event('b', 5_000)]);
      expect(await repo.prune(new Date(2_000))).toBe(1);
      expect((await repo.list()).map((e) => e.user)).toEqual(['b']);
    });
  });
}
