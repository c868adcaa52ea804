import { duplicateDashboard } from '@/lib/api/dashboards/dashboards';
import { created, mutation, readJson } from '@/lib/api/dashboards/request';
import { duplicateBody, uidParams } from '@/lib/api/dashboards/schemas';

export const POST = mutation<{ uid: string }>('/api/dashboards/[uid]/duplicate', async (req, params) => {
  const { uid } = uidParams.parse(params);
  const body = duplicateBody.parse(await readJson(req, 64 * 1024, { ifEmpty: {} }));
  return created(await duplicateDashboard(uid, body));
});
