import { createDashboard, listDashboards } from '@/lib/api/dashboards/dashboards';
import { created, MB, mutation, readJson } from '@/lib/api/dashboards/request';
import { createBody, listQuery } from '@/lib/api/dashboards/schemas';
import { route, searchParams } from '@/lib/api/route';

export const GET = route('/api/dashboards', async (req) => ({ data: await listDashboards(listQuery.parse(searchParams(req))) }));

export const POST = mutation('/api/dashboards', async (req) => {
  const body = createBody.parse(await readJson(req, 5 * MB));
  return created(await createDashboard(body));
});
