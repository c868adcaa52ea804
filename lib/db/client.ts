import 'server-only';
/**
 * The Prisma client for a database URL: SQLite (`file:…` or a path) through better-sqlite3, PostgreSQL
 * (`postgres://`, `postgresql://`) through pg. One client per URL per process, kept on globalThis so that
 * Next's dev hot reload does not open a new pool on every edit. Migrations are applied before first use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as PostgresClient } from '@/lib/generated/postgres/client';
import { PrismaClient as SqliteClient } from '@/lib/generated/sqlite/client';
import { migrateDatabase, type MigrationResult } from './migrate';
import { parseDatabaseUrl, redact, type DbProvider } from './url';

/**
 * Both schemas hold the same models (lib/db/schema-parity.test.ts), so one client type serves both. It is the
 * SQLite client's: the smaller surface (no `mode: 'insensitive'`, no arrays), so code typed against it runs on both.
 */
export type Db = SqliteClient;

export interface DbHandle {
  db: Db;
  provider: DbProvider;
  /** What start-up migration did; null when opened with `migrate: false`. */
  migration: MigrationResult | null;
}

export interface OpenDbOptions {
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  /** Override `prisma/<provider>/migrations` (tests). */
  migrationsDir?: string;
}

const cache: Map<string, Promise<DbHandle>> = ((globalThis as { __lanternDb?: Map<string, Promise<DbHandle>> }).__lanternDb ??=
  new Map());

/** The process-wide client for `databaseUrl`, migrated on first call. Concurrent first calls share one promise. */
export async function getDb(databaseUrl: string, options: OpenDbOptions = {}): Promise<Db> {
  return (await getDbHandle(databaseUrl, options)).db;
}

export function getDbHandle(databaseUrl: string, options: OpenDbOptions = {}): Promise<DbHandle> {
  let handle = cache.get(databaseUrl);
  if (!handle) {
    handle = openDb(databaseUrl, options);
    cache.set(databaseUrl, handle);
    // A failed start (database down, bad migration) must not be cached forever: the next call retries.
    const mine = handle;
    mine.catch(() => {
      if (cache.get(databaseUrl) === mine) cache.delete(databaseUrl);
    });
  }
  return handle;
}

/** A new, uncached client (tests, scripts). Call `db.$disconnect()` when done. */
export async function openDb(databaseUrl: string, options: OpenDbOptions = {}): Promise<DbHandle> {
  const target = parseDatabaseUrl(databaseUrl);
  const migration = options.migrate === false ? null : await migrateDatabase(databaseUrl, { migrationsDir: options.migrationsDir });
  if (target.provider === 'sqlite') {
    if (target.file !== ':memory:') fs.mkdirSync(path.dirname(target.file), { recursive: true });
    const adapter = new PrismaBetterSQLite3({ url: target.file, timeout: 10_000 });
    return { db: new SqliteClient({ adapter }), provider: 'sqlite', migration };
  }
  const { schema, ...conn } = target.config;
  const adapter = new PrismaPg({ ...conn, application_name: 'lantern' }, schema ? { schema } : undefined);
  // Same models, same generated API; the types differ only in provider-only options we never use.
  const db = new PostgresClient({ adapter }) as unknown as Db;
  return { db, provider: 'postgres', migration };
}

/** Disconnects cached clients: one URL, or all (graceful shutdown, test teardown). */
export async function closeDb(databaseUrl?: string): Promise<void> {
  const urls = databaseUrl === undefined ? [...cache.keys()] : [databaseUrl];
  await Promise.all(
    urls.map(async (url) => {
      const handle = cache.get(url);
      cache.delete(url);
      if (!handle) return;
      try {
        await (await handle).db.$disconnect();
      } catch (e) {
        if (!(e instanceof Error)) throw e;
        // opening had failed: nothing to close
      }
    }),
  );
}

export { redact };
