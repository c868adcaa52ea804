import { getVersion } from '@/lib/api/dashboards/dashboards';
import { versionParams } from '@/lib/api/dashboards/schemas';
import { route } from '@/lib/api/route';

export const GET = route<{ uid: string; version: string }>('/api/dashboards/[uid]/versions/[version]', async (_req, params) => {
  const { uid, version } = versionParams.parse(params);
  return { data: await getVersion(uid, version) };
});
