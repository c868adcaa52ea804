import { refuseBuiltin, restoreVersion } from '@/lib/api/dashboards/dashboards';
import { mutation, readJson } from '@/lib/api/dashboards/request';
import { restoreBody, uidParams } from '@/lib/api/dashboards/schemas';

export const POST = mutation<{ uid: string }>('/api/dashboards/[uid]/restore', async (req, params) => {
  const { uid } = uidParams.parse(params);
  refuseBuiltin(uid, 'restored');
  const body = restoreBody.parse(await readJson(req, 64 * 1024));
  return { data: await restoreVersion(uid, body) };
});
