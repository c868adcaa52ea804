import 'server-only';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { checksumMatches, type MigrationFile } from './migration-files';
import { isApplied, MigrationError, unknownMigrations, type AppliedRow } from './migration-state';

/** Prisma's own DDL for SQLite, so the CLI reads our rows. */
const MIGRATIONS_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/** The format Prisma writes SQLite DateTimes in. */
const now = () => new Date().toISOString().replace('Z', '+00:00');

export function migrateSqlite(file: string, migrations: MigrationFile[]): { applied: string[]; alreadyApplied: number; unknown: string[] } {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 30_000 });
  try {
    // WAL lets readers go on while the app writes; the setting is stored in the file.
    if (file !== ':memory:') db.pragma('journal_mode = WAL');
    db.exec(MIGRATIONS_TABLE);
    // Prisma's table-redefining migrations expect foreign keys off (a no-op inside a transaction, hence here);
    // foreign_key_check below still refuses a migration that leaves dangling references.
    db.pragma('foreign_keys = OFF');
    const applied: string[] = [];
    let alreadyApplied = 0;
    let rows: AppliedRow[] = [];
    for (const migration of migrations) {
      // IMMEDIATE takes the write lock first, so a second process waits here, then sees our row.
      db.exec('BEGIN IMMEDIATE');
      try {
        rows = db.prepare('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"').all() as AppliedRow[];
        if (isApplied(migration, rows, checksumMatches)) {
          db.exec('COMMIT');
          alreadyApplied++;
          continue;
        }
        const startedAt = now();
        db.exec(migration.sql);
        const violations = db.pragma('foreign_key_check') as unknown[];
        if (violations.length > 0) throw new Error(`leaves ${violations.length} foreign key violation(s)`);
        db.prepare(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
           VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
        ).run(randomUUID(), migration.checksum, now(), migration.name, startedAt);
        db.exec('COMMIT');
        applied.push(migration.name);
      } catch (e) {
        if (db.inTransaction) db.exec('ROLLBACK');
        if (e instanceof MigrationError) throw e;
        throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${(e as Error).message}`, migration.name, { cause: e });
      }
    }
    rows = db.prepare('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"').all() as AppliedRow[];
    return { applied, alreadyApplied, unknown: unknownMigrations(migrations, rows) };
  } finally {
    db.close();
  }
}
