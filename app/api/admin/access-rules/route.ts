import { created, MB, mutation, readJson } from '@/lib/api/dashboards/request';
import { route } from '@/lib/api/route';
import { accessRules, createRuleBody } from '@/lib/auth/admin-api';

/** Namespace access rules for users and groups (admin only): list, create. */
export const GET = route('/api/admin/access-rules', async () => ({ data: await (await accessRules()).list() }), { role: 'admin' });

export const POST = mutation('/api/admin/access-rules', async (req) => created(await (await accessRules()).create(createRuleBody.parse(await readJson(req, MB)))), {
  role: 'admin',
});
