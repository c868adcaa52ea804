import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '../client';
import { migrateDatabase, MigrationError } from '../migrate';
import { defaultMigrationsDir, readMigrations } from '../migration-files';
import type { TestTarget } from './target';

const tempDirs: string[] = [];

/** A copy of the real migrations plus `extra` ones, in a temp dir. */
function migrationsWith(provider: TestTarget['provider'], extra: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-migrations-'));
  tempDirs.push(dir);
  fs.cpSync(defaultMigrationsDir(provider), dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

async function tableExists(url: string, table: string): Promise<boolean> {
  const { db } = await openDb(url, { migrate: false });
  try {
    return await db.$queryRawUnsafe(`SELECT 1 FROM "${table}" LIMIT 1`).then(
      () => true,
      () => false,
    );
  } finally {
    await db.$disconnect();
  }
}

export function migrateSuite(target: TestTarget): void {
  const all = readMigrations(defaultMigrationsDir(target.provider));

  describe(`migrations (${target.provider})`, () => {
    afterAll(() => {
      for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    });

    it('applies every migration once, and nothing the second time', async () => {
      const url = await target.freshUrl();
      const first = await migrateDatabase(url);
      expect(first.applied).toEqual(all.map((m) => m.name));
      const second = await migrateDatabase(url);
      expect(second).toMatchObject({ applied: [], alreadyApplied: all.length, unknown: [] });
    });

    it('records Prisma-compatible rows (sha256 checksum, finished, one step)', async () => {
      const url = await target.freshUrl();
      const { db } = await openDb(url);
      try {
        const rows = await db.$queryRawUnsafe<{ migration_name: string; checksum: string; applied_steps_count: unknown; finished_at: unknown }[]>(
          'SELECT migration_name, checksum, applied_steps_count, finished_at FROM "_prisma_migrations" ORDER BY migration_name',
        );
        expect(rows.map((r) => [r.migration_name, r.checksum, Number(r.applied_steps_count)])).toEqual(all.map((m) => [m.name, m.checksum, 1]));
        expect(rows.every((r) => r.finished_at != null)).toBe(true);
      } finally {
        await db.$disconnect();
      }
    });

    it('lets concurrent starts race safely', async () => {
      const url = await target.freshUrl();
      const results = await Promise.all([migrateDatabase(url), migrateDatabase(url), migrateDatabase(url)]);
      expect(results.flatMap((r) => r.applied).sort()).toEqual(all.map((m) => m.name));
      expect(results.map((r) => r.applied.length + r.alreadyApplied)).toEqual([all.length, all.length, all.length]);
    });

    it('rolls a failing migration back whole and records nothing', async () => {
      const url = await target.freshUrl();
      const dir = migrationsWith(target.provider, {
        '29990101000000_broken': 'CREATE TABLE "Half" ("id" INTEGER PRIMARY KEY);\nINSERT INTO "NoSuchTable" VALUES (1);\n',
      });
      await expect(migrateDatabase(url, { migrationsDir: dir })).rejects.toMatchObject({ name: 'MigrationError', migration: '29990101000000_broken' });
      expect(await tableExists(url, 'Half')).toBe(false);
      expect(await tableExists(url, 'Dashboard')).toBe(true);
      const again = await migrateDatabase(url);
      expect(again).toMatchObject({ applied: [], alreadyApplied: all.length });
    });

    it('refuses a migration edited after it was applied', async () => {
      const url = await target.freshUrl();
      await migrateDatabase(url);
      const dir = migrationsWith(target.provider, {});
      const first = path.join(dir, all[0].name, 'migration.sql');
      fs.appendFileSync(first, '\n-- edited\n');
      await expect(migrateDatabase(url, { migrationsDir: dir })).rejects.toBeInstanceOf(MigrationError);
      // Line endings alone are not an edit (git autocrlf).
      fs.writeFileSync(first, all[0].sql.replace(/\n/g, '\r\n'));
      await expect(migrateDatabase(url, { migrationsDir: dir })).resolves.toMatchObject({ applied: [] });
    });

    it('reports migrations the database has but the code does not (older replica)', async () => {
      const url = await target.freshUrl();
      const dir = migrationsWith(target.provider, { '29990101000000_newer': 'CREATE TABLE "Newer" ("id" INTEGER PRIMARY KEY);\n' });
      await migrateDatabase(url, { migrationsDir: dir });
      expect((await migrateDatabase(url)).unknown).toEqual(['29990101000000_newer']);
    });
  });
}
