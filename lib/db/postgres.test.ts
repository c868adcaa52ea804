/**
 * The shared repository and migration suites on a throwaway PostgreSQL (lib/devstack/postgres).
 * Without the server binaries every test here fails with the command that installs them.
 */
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { startPostgres, type StartedPostgres } from '@/lib/devstack/postgres/start-postgres';
import { dashboardsSuite } from './test-suites/dashboards.suite';
import { migrateSuite } from './test-suites/migrate.suite';
import { prismaCliSuite } from './test-suites/prisma-cli.suite';
import { queryHistorySuite } from './test-suites/query-history.suite';
import { auditSuite } from './test-suites/audit.suite';
import type { TestTarget } from './test-suites/target';

// No skip: `npm test` installs postgresql; without it these tests fail with the command to install it.
let server: StartedPostgres;
let n = 0;
beforeAll(async () => {
  server = await startPostgres(); // without PostgreSQL this throws, naming the package to install
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
auditSuite(target);
prismaCliSuite(target);
