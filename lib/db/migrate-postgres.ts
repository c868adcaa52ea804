import 'server-only';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { checksumMatches, type MigrationFile } from './migration-files';
import { isApplied, MigrationError, unknownMigrations, type AppliedRow } from './migration-state';
import type { PostgresConnectionConfig } from './url';

/** Prisma's own DDL for PostgreSQL, so the CLI reads our rows. */
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             TIMESTAMPTZ,
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          TIMESTAMPTZ,
    started_at              TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_steps_count     INTEGER NOT NULL DEFAULT 0
)`;

/** The key Prisma's schema engine locks with: our runner and `prisma migrate deploy` exclude each other too. */
const PRISMA_ADVISORY_LOCK = 72707369;
const LOCK_WAIT = '300s';

const SELECT_ROWS = 'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"';

export async function migratePostgres(
  config: PostgresConnectionConfig,
  migrations: MigrationFile[],
): Promise<{ applied: string[]; alreadyApplied: number; unknown: string[] }> {
  const { schema, ...conn } = config;
  const client = new pg.Client({ ...conn, application_name: 'lantern-migrate' });
  await client.connect();
  try {
    await client.query(`SET lock_timeout = '${LOCK_WAIT}'`);
    await client.query('SELECT pg_advisory_lock($1)', [PRISMA_ADVISORY_LOCK]);
    await client.query('RESET lock_timeout');
    try {
      if (schema) {
        await client.query(`CREATE SCHEMA IF NOT EXISTS ${pg.escapeIdentifier(schema)}`);
        await client.query(`SET search_path TO ${pg.escapeIdentifier(schema)}`);
      }
      await client.query(MIGRATIONS_TABLE);
      const rows = (await client.query<AppliedRow>(SELECT_ROWS)).rows;
      const applied: string[] = [];
      let alreadyApplied = 0;
      for (const migration of migrations) {
        if (isApplied(migration, rows, checksumMatches)) {
          alreadyApplied++;
          continue;
        }
        await applyOne(client, migration);
        applied.push(migration.name);
      }
      return { applied, alreadyApplied, unknown: unknownMigrations(migrations, rows) };
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]);
    }
  } finally {
    await client.end();
  }
}

async function applyOne(client: pg.Client, migration: MigrationFile): Promise<void> {
  try {
    await client.query('BEGIN');
    const startedAt = new Date();
    // No parameters: the simple query protocol runs a multi-statement script as is.
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, now(), $3, NULL, NULL, $4, 1)`,
      [randomUUID(), migration.checksum, migration.name, startedAt],
    );
    await client.query('COMMIT');
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(e as Error).message}`, migration.name, { cause: e });
  }
}
