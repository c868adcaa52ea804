/**
 * Creates one migration for BOTH providers from the edited schemas, under the same folder name:
 *
 *   npx tsx prisma/new-migration.mts add_panel_links
 *
 * For each provider, `prisma migrate diff --from-migrations … --to-schema-datamodel …` replays the existing
 * migrations into a shadow database (in memory for SQLite, a database on a throwaway PostgreSQL from
 * lib/devstack/postgres) and prints the SQL that reaches the schema. Your ./data/lantern.db is untouched; the app
 * applies the new migration at its next start. Review both migration.sql files before committing.
 *
 * (`migrate dev` works too, see prisma/README.md, but its engine is freed twice on `--create-only` in 6.19.)
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPostgres } from '../lib/devstack/postgres/start-postgres';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('usage: npx tsx prisma/new-migration.mts <snake_case_name>');
  process.exit(2);
}

const EMPTY = '-- This is an empty migration.';
const cli = path.join(process.cwd(), 'node_modules', 'prisma', 'build', 'index.js');

function diff(provider: 'sqlite' | 'postgres', databaseUrl: string): string {
  const out = execFileSync(
    process.execPath,
    [cli, 'migrate', 'diff', '--from-migrations', `prisma/${provider}/migrations`, '--to-schema-datamodel', `prisma/${provider}/schema.prisma`, '--script'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' } },
  );
  return `${out.trim()}\n`;
}

const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14); // Prisma's yyyyMMddHHmmss, UTC
const folder = `${stamp}_${name}`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-new-migration-'));
const server = await startPostgres();
try {
  const scripts = {
    sqlite: diff('sqlite', `file:${path.join(tmp, 'unused.db')}`),
    postgres: diff('postgres', server.url),
  };
  const changed = Object.entries(scripts).filter(([, sql]) => sql.trim() !== EMPTY);
  if (changed.length === 0) {
    console.log('No schema change: no migration created.');
  } else if (changed.length === 1) {
    throw new Error(`Only ${changed[0][0]}'s schema changed: edit both schemas alike (lib/db/schema-parity.test.ts).`);
  } else {
    for (const [provider, sql] of changed) {
      const dir = path.join('prisma', provider, 'migrations', folder);
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
      console.log(`created ${dir}/migration.sql`);
    }
  }
} finally {
  await server.stop();
  fs.rmSync(tmp, { recursive: true, force: true });
}
