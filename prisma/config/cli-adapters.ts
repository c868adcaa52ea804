/**
 * Driver adapters for the Prisma CLI's WebAssembly schema engine (`engine: "js"` in prisma.config.ts),
 * with workarounds for upstream bugs met in Prisma 6.19.3. The app does not use this file: see lib/db/client.ts.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import pg from 'pg';
import { parseDatabaseUrl, type PostgresConnectionConfig } from '../../lib/db/url';

export async function cliAdapter(databaseUrl: string): Promise<SqlMigrationAwareDriverAdapterFactory> {
  const target = parseDatabaseUrl(databaseUrl);
  if (target.provider === 'sqlite') {
    if (target.file !== ':memory:') fs.mkdirSync(path.dirname(target.file), { recursive: true });
    return new SqliteCliAdapter(new PrismaBetterSQLite3({ url: target.file }));
  }
  return new PostgresCliAdapter(target.config);
}

/** Forwards every member to `target` (bound, so private fields keep working), except those in `overrides`. */
function withOverrides<T extends object>(target: T, overrides: Partial<Record<keyof T, unknown>>): T {
  return new Proxy(target, {
    get(t, prop) {
      if (Object.hasOwn(overrides, prop)) return overrides[prop as keyof T];
      const value = Reflect.get(t, prop, t);
      return typeof value === 'function' ? value.bind(t) : value;
    },
  });
}

/**
 * Bug 1: `migrate dev` replays migrations into the shadow database with argument-less `executeRaw`,
 * which better-sqlite3 runs as ONE statement (P3006 on multi-statement migrations). Route them to `executeScript`.
 */
class SqliteCliAdapter implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'sqlite' as const;
  readonly adapterName: string;
  constructor(private readonly inner: SqlMigrationAwareDriverAdapterFactory) {
    this.adapterName = inner.adapterName;
  }
  connect(): Promise<SqlDriverAdapter> {
    return this.inner.connect();
  }
  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const shadow = await this.inner.connectToShadowDb();
    return withOverrides(shadow, {
      executeRaw: async (query: SqlQuery) => {
        if (query.args.length > 0) return shadow.executeRaw(query);
        await shadow.executeScript(query.sql);
        return 0;
      },
    });
  }
}

/**
 * Bug 2: discrete connection fields (never `connectionString`), else the "shadow" database is the real one.
 * Bug 3: columns of type `name` (oid 19) and `"char"` (oid 18) are unreadable (prisma/orm#27403): read them as text.
 * Bug 4: the shadow database is dropped before its pool is closed: close the pool first, then drop.
 * `allowExitOnIdle` lets the CLI exit without waiting for idle connections.
 */
class PostgresCliAdapter implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres' as const;
  readonly adapterName = '@prisma/adapter-pg';
  constructor(private readonly config: PostgresConnectionConfig) {}

  private async factory(database: string): Promise<SqlMigrationAwareDriverAdapterFactory> {
    const { schema, ...conn } = this.config;
    return new PrismaPg(
      { ...conn, database, allowExitOnIdle: true, idleTimeoutMillis: 500, max: 4, Client: TextNameClient },
      schema ? { schema } : undefined,
    );
  }

  async connect(): Promise<SqlDriverAdapter> {
    return (await this.factory(this.config.database)).connect();
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await (await this.factory(database)).connect();
    return withOverrides(shadow, {
      dispose: async () => {
        await shadow.dispose();
        await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
        await main.dispose();
      },
    });
  }
}

const PG_NAME_OID = 19;
const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

/** A pg Client whose result fields report `name` and `"char"` columns as `text` (their values are already strings). */
class TextNameClient extends pg.Client {}
type Fields = { fields?: { dataTypeID: number }[] } | undefined;
function asText(res: Fields): Fields {
  for (const field of res?.fields ?? []) {
    if (field.dataTypeID === PG_NAME_OID || field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
  }
  return res;
}
const baseQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
// pg's query() has many overloads: pg.Pool calls it with a callback, direct callers get a promise.
(TextNameClient.prototype as { query: unknown }).query = function (this: pg.Client, ...args: unknown[]) {
  const last = args.length - 1;
  const callback = args[last];
  if (typeof callback === 'function') {
    args[last] = (err: unknown, res: Fields) => callback(err, err ? res : asText(res));
    return baseQuery.apply(this, args);
  }
  const result = baseQuery.apply(this, args);
  return result instanceof Promise ? result.then(asText) : result;
};
