import { mutation, noContent } from '@/lib/api/dashboards/request';
import { accessRules } from '@/lib/auth/admin-api';

/** Delete an access rule (admin only). */
export const DELETE = mutation<{ id: string }>(
  '/api/admin/access-rules/[id]',
  async (_req, { id }) => {
    await (await accessRules()).delete(id);
    return noContent();
  },
  { role: 'admin' },
);
