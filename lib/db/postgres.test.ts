/**
 * The shared repository and migration suites on a throwaway PostgreSQL (lib/devstack/postgres).
 * Without the server binaries this file skips loudly — except under CI=true, where it fails.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { findPostgresBinDir, startPostgres, type StartedPostgres } from '@/lib/devstack/postgres/start-postgres';
import { dashboardsSuite } from './test-suites/dashboards.suite';
import { migrateSuite } from './test-suites/migrate.suite';
import { prismaCliSuite } from './test-suites/prisma-cli.suite';
import { queryHistorySuite } from './test-suites/query-history.suite';
import type { TestTarget } from './test-suites/target';

const ci = !!process.env.CI && process.env.CI !== 'false';
const available = findPostgresBinDir() !== null;

if (!available && !ci) {
  const bar = '!'.repeat(78);
  console.warn(`\n${bar}\n!! PostgreSQL tests SKIPPED: server binaries not found.\n!! apt-get install -y --no-install-recommends postgresql\n${bar}\n`);
  describe.skip('PostgreSQL (not installed)', () => it('needs postgresql', () => undefined));
} else {
  let server: StartedPostgres;
  let n = 0;
  beforeAll(async () => {
    server = await startPostgres(); // under CI without PostgreSQL this throws, failing every test below
  });
  afterAll(() => server?.stop());

  const target: TestTarget = {
    provider: 'postgres',
    async freshUrl() {
      const name = `lantern_t${++n}`;
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return server.url.replace(/\/lantern$/, `/${name}`);
    },
  };

  migrateSuite(target);
  dashboardsSuite(target);
  queryHistorySuite(target);
  prismaCliSuite(target);
}
