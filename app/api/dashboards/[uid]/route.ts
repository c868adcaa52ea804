import { deleteDashboard, getDashboard, refuseBuiltin, saveDashboard } from '@/lib/api/dashboards/dashboards';
import { MB, mutation, noContent, readJson } from '@/lib/api/dashboards/request';
import { saveBody, uidParams } from '@/lib/api/dashboards/schemas';
import { route } from '@/lib/api/route';

type P = { uid: string };

export const GET = route<P>('/api/dashboards/[uid]', async (_req, params) => ({ data: await getDashboard(uidParams.parse(params).uid) }));

export const PUT = mutation<P>('/api/dashboards/[uid]', async (req, params) => {
  const { uid } = uidParams.parse(params);
  refuseBuiltin(uid, 'saved');
  const body = saveBody.parse(await readJson(req, 5 * MB));
  return { data: await saveDashboard(uid, body) };
});

export const DELETE = mutation<P>('/api/dashboards/[uid]', async (_req, params) => {
  await deleteDashboard(uidParams.parse(params).uid);
  return noContent();
});
