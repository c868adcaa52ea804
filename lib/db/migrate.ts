import 'server-only';
/**
 * Applies prisma/<provider>/migrations at start-up with no schema engine (native or WebAssembly) and no download.
 *
 * Each pending migration runs in its own transaction together with its `_prisma_migrations` row, in the table
 * layout Prisma's CLI uses, so `prisma migrate status` / `migrate deploy` agree with us and either can follow the
 * other. Running it again is a no-op. Concurrent starts are serialised: on PostgreSQL by the same advisory lock
 * Prisma's engine takes, on SQLite by `BEGIN IMMEDIATE`.
 */
import { readMigrations, defaultMigrationsDir } from './migration-files';
import { migratePostgres } from './migrate-postgres';
import { migrateSqlite } from './migrate-sqlite';
import { MigrationError } from './migration-state';
import { parseDatabaseUrl, redact, type DbProvider } from './url';

export interface MigrateOptions {
  /** Defaults to `<cwd>/prisma/<provider>/migrations`. */
  migrationsDir?: string;
}

export interface MigrationResult {
  provider: DbProvider;
  /** Names applied by this call, in order. */
  applied: string[];
  /** How many migrations were already applied before this call. */
  alreadyApplied: number;
  /** Applied in the database but absent on disk (e.g. an older replica starting after a newer one migrated). */
  unknown: string[];
  durationMs: number;
}

/** Applies pending migrations; resolves with what it did. @throws MigrationError (the message names the migration) */
export async function migrateDatabase(databaseUrl: string, options: MigrateOptions = {}): Promise<MigrationResult> {
  const started = performance.now();
  const target = parseDatabaseUrl(databaseUrl);
  const migrations = readMigrations(options.migrationsDir ?? defaultMigrationsDir(target.provider));
  try {
    const outcome = target.provider === 'sqlite' ? migrateSqlite(target.file, migrations) : await migratePostgres(target.config, migrations);
    return { provider: target.provider, ...outcome, durationMs: Math.round(performance.now() - started) };
  } catch (e) {
    if (e instanceof MigrationError) throw e;
    throw new MigrationError(`Migrating ${redact(databaseUrl)} failed: ${(e as Error).message}`, undefined, { cause: e });
  }
}

export { MigrationError };

/** Alias used by lib/server/startup.ts. */
export const migrate = migrateDatabase;
