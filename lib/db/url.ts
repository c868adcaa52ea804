/**
 * Parsing of Lantern's database URL. Pure (no `server-only`): prisma.config.ts imports it too.
 *
 * - `file:./data/lantern.db`, `file:/abs/x.db` or a bare path → SQLite (relative paths resolve against the cwd)
 * - `postgres://…` or `postgresql://…` → PostgreSQL
 */
import path from 'node:path';

export type DbProvider = 'sqlite' | 'postgres';

export const DEFAULT_DATABASE_URL = 'file:./data/lantern.db';

export type DatabaseTarget =
  | { provider: 'sqlite'; /** absolute path, or ':memory:' */ file: string }
  | { provider: 'postgres'; url: string; config: PostgresConnectionConfig };

/** Discrete connection fields: pg's `connectionString` would override `database` in copied configs. */
export interface PostgresConnectionConfig {
  host: string;
  port: number;
  user?: string;
  password?: string;
  database: string;
  ssl?: boolean | { rejectUnauthorized: boolean };
  /** Postgres schema from `?schema=`, as Prisma URLs spell it. */
  schema?: string;
}

export function providerOf(databaseUrl: string): DbProvider {
  return /^postgres(ql)?:\/\//i.test(databaseUrl) ? 'postgres' : 'sqlite';
}

export function parseDatabaseUrl(databaseUrl: string = DEFAULT_DATABASE_URL, cwd: string = process.cwd()): DatabaseTarget {
  const raw = databaseUrl.trim();
  if (raw === '') throw new Error('Database URL is empty');
  if (providerOf(raw) === 'postgres') return { provider: 'postgres', url: raw, config: parsePostgresUrl(raw) };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) && !/^file:/i.test(raw)) {
    throw new Error(`Unsupported database URL scheme in "${redact(raw)}": use file:, a path, or postgresql://`);
  }
  let file = raw.replace(/^file:(\/\/(?=\/))?/i, '');
  file = file.replace(/\?.*$/, ''); // Prisma-style `?connection_limit=` options do not apply to better-sqlite3
  if (file === ':memory:') return { provider: 'sqlite', file };
  return { provider: 'sqlite', file: path.resolve(cwd, decodeURIComponent(file)) };
}

function parsePostgresUrl(raw: string): PostgresConnectionConfig {
  const u = new URL(raw);
  const params = u.searchParams;
  const sslmode = params.get('sslmode');
  const config: PostgresConnectionConfig = {
    host: params.get('host') ?? (decodeURIComponent(u.hostname) || 'localhost'),
    port: u.port ? Number(u.port) : 5432,
    database: decodeURIComponent(u.pathname.replace(/^\//, '')) || 'postgres',
  };
  if (u.username) config.user = decodeURIComponent(u.username);
  if (u.password) config.password = decodeURIComponent(u.password);
  if (sslmode === 'require' || sslmode === 'prefer') config.ssl = { rejectUnauthorized: false };
  if (sslmode === 'verify-ca' || sslmode === 'verify-full') config.ssl = true;
  const schema = params.get('schema');
  if (schema) config.schema = schema;
  return config;
}

/** The URL without its password, for error messages and logs. */
export function redact(databaseUrl: string): string {
  return databaseUrl.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1:***@');
}
