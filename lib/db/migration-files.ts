/** Reading Prisma migration folders (`prisma/<provider>/migrations/<name>/migration.sql`) and their checksums. */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DbProvider } from './url';

export interface MigrationFile {
  name: string;
  sql: string;
  /** sha256 of migration.sql, hex: what Prisma stores in `_prisma_migrations.checksum`. */
  checksum: string;
}

export function defaultMigrationsDir(provider: DbProvider, cwd: string = process.cwd()): string {
  return path.join(cwd, 'prisma', provider, 'migrations');
}

/** Migrations in the order Prisma applies them: folder names sorted (they start with a UTC timestamp). */
export function readMigrations(dir: string): MigrationFile[] {
  if (!fs.existsSync(dir)) throw new Error(`Migrations folder not found: ${dir}`);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && fs.existsSync(path.join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: sha256(sql) };
    });
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Like Prisma, a checkout that only changed line endings (git autocrlf) still matches. */
export function checksumMatches(file: MigrationFile, stored: string): boolean {
  if (file.checksum === stored) return true;
  const lf = file.sql.replace(/\r\n/g, '\n');
  return sha256(lf) === stored || sha256(lf.replace(/\n/g, '\r\n')) === stored;
}
