import { MB, mutation, readJson } from '@/lib/api/dashboards/request';
import { updateUserBody, users } from '@/lib/auth/admin-api';

/** Change a user's role, disable/enable, or reset the password (admin only). Disabling or a reset ends the user's sessions. */
export const PATCH = mutation<{ name: string }>(
  '/api/admin/users/[name]',
  async (req, { name }) => ({ data: await (await users()).update(name, updateUserBody.parse(await readJson(req, MB))) }),
  { role: 'admin' },
);
