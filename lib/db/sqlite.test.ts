/** The shared repository and migration suites on SQLite (a temp file per database). */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { dashboardsSuite } from './test-suites/dashboards.suite';
import { migrateSuite } from './test-suites/migrate.suite';
import { prismaCliSuite } from './test-suites/prisma-cli.suite';
import { queryHistorySuite } from './test-suites/query-history.suite';
import { auditSuite } from './test-suites/audit.suite';
import type { TestTarget } from './test-suites/target';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-sqlite-test-'));
let n = 0;
const target: TestTarget = {
  provider: 'sqlite',
  freshUrl: async () => `file:${path.join(dir, `db${++n}`, 'lantern.db')}`,
};
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

migrateSuite(target);
dashboardsSuite(target);
queryHistorySuite(target);
auditSuite(target);
prismaCliSuite(target);
