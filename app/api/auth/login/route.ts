import { assertSameOrigin, readText } from '@/lib/api/dashboards/request';
import { publicRoute } from '@/lib/api/route';
import { login, readCredentials } from '@/lib/auth/login';

/** Sign in with a built-in user: a form post from /login (303 back) or JSON. The one /api route open without a session. */
export const POST = publicRoute('/api/auth/login', async (req) => {
  assertSameOrigin(req);
  const { body, form } = await readCredentials(req, await readText(req, 16 * 1024));
  return login(req, body, form);
});
