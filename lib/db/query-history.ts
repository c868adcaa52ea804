import 'server-only';
/**
 * Explore's query history, one per user: one row per (owner, datasource, query text); running a query again bumps
 * its run count and recency. Starred entries are kept by prune().
 *
 * Every method is scoped to an owner (the principal's user name), and another owner's entry is answered exactly
 * like a missing one, so nobody can star, delete or even learn of another user's queries. History recorded
 * before it was per user has the owner '' (migration 20261202172657_query_history_owner), which no caller may
 * pass, so it is not shown to anyone.
 */
import { createHash } from 'node:crypto';
import type { Db } from './client';
import { InvalidInputError, isUniqueViolation, NotFoundError } from './errors';
import { pagedTextSearch, searchKey, textSearch } from './search-key';

export const QUERY_DATASOURCES = ['prometheus', 'loki'] as const;
export type QueryDatasource = (typeof QUERY_DATASOURCES)[number];

export interface QueryHistoryEntry {
  id: string;
  datasource: QueryDatasource;
  query: string;
  starred: boolean;
  runCount: number;
  createdAt: Date;
  lastRunAt: Date;
}

export interface ListQueryHistoryQuery {
  datasource?: QueryDatasource;
  /** Substring of the query text, case-insensitive. */
  search?: string;
  /** Only starred (true) or only unstarred (false) entries. */
  starred?: boolean;
  limit?: number;
  offset?: number;
}

/** `owner` is a principal's user name; an empty one is refused (InvalidInputError) by every method. */
export interface QueryHistoryRepository {
  /** Records a run: a new entry, or the owner's existing one for the same datasource and text with runCount + 1. */
  add(input: { owner: string; datasource: QueryDatasource; query: string; at?: Date }): Promise<QueryHistoryEntry>;
  /** The owner's entries, most recently run first. */
  list(owner: string, query?: ListQueryHistoryQuery): Promise<QueryHistoryEntry[]>;
  /** @throws NotFoundError when the owner has no entry `id` */
  star(owner: string, id: string, starred?: boolean): Promise<QueryHistoryEntry>;
  unstar(owner: string, id: string): Promise<QueryHistoryEntry>;
  /** @returns false when the owner has no entry `id` */
  remove(owner: string, id: string): Promise<boolean>;
  /**
   * Keeps the owner's `keep` most recently run unstarred entries (and every starred one); other owners' entries are
   * untouched. @returns how many were deleted
   */
  prune(owner: string, keep: number): Promise<number>;
}

const MAX_QUERY_LENGTH = 64 * 1024;
/**
 * The owner is part of the unique key, and a PostgreSQL btree entry holds at most ~2,700 bytes: 512 characters
 * (2 KB of UTF-8 at worst) leave room for the hash. Proxy user headers may be up to 4 KB; real names are far shorter.
 */
const MAX_OWNER_LENGTH = 512;
const MAX_LIST = 500;
const DELETE_CHUNK = 500;

/**
 * Starred entries a user may keep. Prune never drops starred ones, and every signed-in viewer may write history:
 * without a cap one account could fill the database with 64 KB queries, starred.
 */
export const MAX_STARRED = 500;

export function createQueryHistoryRepository(db: Db, opts: { maxStarred?: number } = {}): QueryHistoryRepository {
  const maxStarred = opts.maxStarred ?? MAX_STARRED;
  const bump = (owner: string, datasource: QueryDatasource, queryHash: string, at: Date) =>
    db.queryHistory.update({
      where: { owner_datasource_queryHash: { owner, datasource, queryHash } },
      data: { runCount: { increment: 1 }, lastRunAt: at },
    });

  const repo: QueryHistoryRepository = {
    async add({ owner, datasource, query, at = new Date() }) {
      checkOwner(owner);
      checkDatasource(datasource);
      const text = query.trim();
      if (text === '') throw new InvalidInputError('query', 'is empty');
      if (text.length > MAX_QUERY_LENGTH) throw new InvalidInputError('query', `longer than ${MAX_QUERY_LENGTH} characters`);
      const queryHash = createHash('sha256').update(text, 'utf8').digest('hex');
      try {
        const row = await db.queryHistory.upsert({
          where: { owner_datasource_queryHash: { owner, datasource, queryHash } },
          create: { owner, datasource, query: text, queryHash, searchKey: searchKey(text), createdAt: at, lastRunAt: at },
          update: { runCount: { increment: 1 }, lastRunAt: at },
        });
        return toEntry(row);
      } catch (e) {
        // Two first runs of the same query at once: the loser's insert hits the unique key; count it as a re-run.
        if (isUniqueViolation(e)) return toEntry(await bump(owner, datasource, queryHash, at));
        throw e;
      }
    },

    async list(owner, query = {}) {
      checkOwner(owner);
      if (query.datasource) checkDatasource(query.datasource);
      const page = { take: Math.min(Math.max(query.limit ?? 100, 1), MAX_LIST), skip: Math.max(query.offset ?? 0, 0) };
      const rows = await pagedTextSearch(
        textSearch(query.search),
        page,
        (pieces, dbPage) =>
          db.queryHistory.findMany({
            where: {
              owner,
              ...(query.datasource && { datasource: query.datasource }),
              ...(query.starred !== undefined && { starred: query.starred }),
              AND: pieces.map((p) => ({ searchKey: { contains: p } })),
            },
            orderBy: [{ lastRunAt: 'desc' }, { id: 'desc' }],
            ...dbPage,
          }),
        (r) => r.searchKey,
      );
      return rows.map(toEntry);
    },

    async star(owner, id, starred = true) {
      checkOwner(owner);
      if (starred && (await db.queryHistory.count({ where: { owner, starred: true, id: { not: id } } })) >= maxStarred) {
        throw new InvalidInputError('starred', `at most ${maxStarred} starred queries per user: unstar one first`);
      }
      // The owner is in every where: another user's id updates nothing and reads nothing, like a missing one.
      const { count } = await db.queryHistory.updateMany({ where: { id, owner }, data: { starred } });
      // Deleted between the two statements: the same answer as if it had been gone before.
      const row = count === 0 ? null : await db.queryHistory.findFirst({ where: { id, owner } });
      if (!row) throw new NotFoundError('queryHistory', id);
      return toEntry(row);
    },

    unstar(owner, id) {
      return repo.star(owner, id, false);
    },

    async remove(owner, id) {
      checkOwner(owner);
      const { count } = await db.queryHistory.deleteMany({ where: { id, owner } });
      return count > 0;
    },

    async prune(owner, keep) {
      checkOwner(owner);
      if (!Number.isInteger(keep) || keep < 0) throw new InvalidInputError('keep', 'expected a non-negative integer');
      const stale = await db.queryHistory.findMany({
        where: { owner, starred: false },
        orderBy: [{ lastRunAt: 'desc' }, { id: 'desc' }],
        skip: keep,
        select: { id: true },
      });
      let deleted = 0;
      for (let i = 0; i < stale.length; i += DELETE_CHUNK) {
        const ids = stale.slice(i, i + DELETE_CHUNK).map((r) => r.id);
        // starred: false again, in case one was starred since the read
        deleted += (await db.queryHistory.deleteMany({ where: { id: { in: ids }, starred: false } })).count;
      }
      return deleted;
    },
  };
  return repo;
}

/** '' is the owner of history recorded before it was per user: refusing it keeps those rows nobody's. */
function checkOwner(owner: string): void {
  if (owner === '') throw new InvalidInputError('owner', 'is empty');
  if (owner.length > MAX_OWNER_LENGTH) throw new InvalidInputError('owner', `longer than ${MAX_OWNER_LENGTH} characters`);
}

function checkDatasource(datasource: string): asserts datasource is QueryDatasource {
  if (!(QUERY_DATASOURCES as readonly string[]).includes(datasource)) {
    throw new InvalidInputError('datasource', `expected one of ${QUERY_DATASOURCES.join(', ')}`);
  }
}

function toEntry(row: { id: string; datasource: string; query: string; starred: boolean; runCount: number; createdAt: Date; lastRunAt: Date }): QueryHistoryEntry {
  return {
    id: row.id,
    datasource: row.datasource as QueryDatasource,
    query: row.query,
    starred: row.starred,
    runCount: row.runCount,
    createdAt: row.createdAt,
    lastRunAt: row.lastRunAt,
  };
}
