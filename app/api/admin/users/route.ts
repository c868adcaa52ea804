import { created, MB, mutation, readJson } from '@/lib/api/dashboards/request';
import { route } from '@/lib/api/route';
import { createUserBody, users } from '@/lib/auth/admin-api';

/** Built-in users (admin only): list, create. */
export const GET = route('/api/admin/users', async () => ({ data: await (await users()).list() }), { role: 'admin' });

export const POST = mutation('/api/admin/users', async (req) => created(await (await users()).create(createUserBody.parse(await readJson(req, MB)))), { role: 'admin' });
