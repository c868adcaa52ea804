import { listVersions } from '@/lib/api/dashboards/dashboards';
import { uidParams } from '@/lib/api/dashboards/schemas';
import { route } from '@/lib/api/route';

export const GET = route<{ uid: string }>('/api/dashboards/[uid]/versions', async (_req, params) => ({
  data: await listVersions(uidParams.parse(params).uid),
}));
