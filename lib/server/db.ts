import 'server-only';
import { getDbHandle } from '../db/client';
import { createDashboardRepository } from '../db/dashboards';
import { createQueryHistoryRepository } from '../db/query-history';
import { env } from '../env';

/** The console's database (migrated on first use) and its repositories. */
export async function db() {
  return (await getDbHandle(env().databaseUrl)).db;
}

export async function dashboards() {
  return createDashboardRepository(await db());
}

export async function queryHistory() {
  return createQueryHistoryRepository(await db());
}
