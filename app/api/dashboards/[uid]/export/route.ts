import { exportDashboard } from '@/lib/api/dashboards/import-export';
import { uidParams } from '@/lib/api/dashboards/schemas';
import { route } from '@/lib/api/route';

export const GET = route<{ uid: string }>('/api/dashboards/[uid]/export', async (_req, params) => exportDashboard(uidParams.parse(params).uid));
