import 'server-only';
/**
 * Explore's query history: one row per (datasource, query text); running a query again bumps its run count
 * and recency. Starred entries are kept by prune().
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

export interface QueryHistoryRepository {
  /** Records a run: a new entry, or the existing one for the same datasource and text with runCount + 1. */
  add(input: { datasource: QueryDatasource; query: string; at?: Date }): Promise<QueryHistoryEntry>;
  /** Most recently run first. */
  list(query?: ListQueryHistoryQuery): Promise<QueryHistoryEntry[]>;
  /** @throws NotFoundError */
  star(id: string, starred?: boolean): Promise<QueryHistoryEntry>;
  unstar(id: string): Promise<QueryHistoryEntry>;
  remove(id: string): Promise<boolean>;
  /** Keeps the `keep` most recently run unstarred entries (and every starred one). @returns how many were deleted */
  prune(keep: number): Promise<number>;
}

const MAX_QUERY_LENGTH = 64 * 1024;
const MAX_LIST = 500;
const DELETE_CHUNK = 500;

export function createQueryHistoryRepository(db: Db): QueryHistoryRepository {
  const bump = (datasource: QueryDatasource, queryHash: string, at: Date) =>
    db.queryHistory.update({
      where: { datasource_queryHash: { datasource, queryHash } },
      data: { runCount: { increment: 1 }, lastRunAt: at },
    });

  const repo: QueryHistoryRepository = {
    async add({ datasource, query, at = new Date() }) {
      checkDatasource(datasource);
      const text = query.trim();
      if (text === '') throw new InvalidInputError('query', 'is empty');
      if (text.length > MAX_QUERY_LENGTH) throw new InvalidInputError('query', `longer than ${MAX_QUERY_LENGTH} characters`);
      const queryHash = createHash('sha256').update(text, 'utf8').digest('hex');
      try {
        const row = await db.queryHistory.upsert({
          where: { datasource_queryHash: { datasource, queryHash } },
          create: { datasource, query: text, queryHash, searchKey: searchKey(text), createdAt: at, lastRunAt: at },
          update: { runCount: { increment: 1 }, lastRunAt: at },
        });
        return toEntry(row);
      } catch (e) {
        // Two first runs of the same query at once: the loser's insert hits the unique key; count it as a re-run.
        if (isUniqueViolation(e)) return toEntry(await bump(datasource, queryHash, at));
        throw e;
      }
    },

    async list(query = {}) {
      if (query.datasource) checkDatasource(query.datasource);
      const page = { take: Math.min(Math.max(query.limit ?? 100, 1), MAX_LIST), skip: Math.max(query.offset ?? 0, 0) };
      const rows = await pagedTextSearch(
        textSearch(query.search),
        page,
        (pieces, dbPage) =>
          db.queryHistory.findMany({
            where: {
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

    async star(id, starred = true) {
      const { count } = await db.queryHistory.updateMany({ where: { id }, data: { starred } });
      if (count === 0) throw new NotFoundError('queryHistory', id);
      return toEntry(await db.queryHistory.findUniqueOrThrow({ where: { id } }));
    },

    unstar(id) {
      return repo.star(id, false);
    },

    async remove(id) {
      const { count } = await db.queryHistory.deleteMany({ where: { id } });
      return count > 0;
    },

    async prune(keep) {
      if (!Number.isInteger(keep) || keep < 0) throw new InvalidInputError('keep', 'expected a non-negative integer');
      const stale = await db.queryHistory.findMany({
        where: { starred: false },
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
