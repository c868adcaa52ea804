/** What the migration runners decide from the `_prisma_migrations` rows they read under their lock. */
import type { MigrationFile } from './migration-files';

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/** A row of `_prisma_migrations`, reduced to what the runners compare. */
export interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

/**
 * Decides, from the rows read under the lock, which migration to apply next. Throws on a failed or edited
 * migration, as `prisma migrate deploy` would refuse to go on.
 */
export function isApplied(file: MigrationFile, rows: AppliedRow[], checksumOk: (f: MigrationFile, c: string) => boolean): boolean {
  const mine = rows.filter((r) => r.migration_name === file.name && r.rolled_back_at == null);
  if (mine.length === 0) return false;
  const done = mine.find((r) => r.finished_at != null);
  if (!done) {
    throw new MigrationError(
      `Migration ${file.name} failed earlier and was left half-applied. Fix the database, then run ` +
        `\`npx prisma migrate resolve --rolled-back ${file.name}\` (or --applied) and start again.`,
      file.name,
    );
  }
  if (!checksumOk(file, done.checksum)) {
    throw new MigrationError(
      `Migration ${file.name} was edited after it was applied (checksum differs). Restore the original file; ` +
        'change the schema with a new migration instead.',
      file.name,
    );
  }
  return true;
}

export function unknownMigrations(files: MigrationFile[], rows: AppliedRow[]): string[] {
  const names = new Set(files.map((f) => f.name));
  return [...new Set(rows.filter((r) => r.finished_at != null && r.rolled_back_at == null && !names.has(r.migration_name)).map((r) => r.migration_name))];
}
