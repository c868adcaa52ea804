import { assertSameOrigin } from '@/lib/api/dashboards/request';
import { route } from '@/lib/api/route';
import { logout } from '@/lib/auth/login';

/** Ends the session (deleted from the database) and clears the cookie; a form post is redirected to /login. */
export const POST = route(
  '/api/auth/logout',
  async (req) => {
    assertSameOrigin(req);
    return logout(req, (req.headers.get('content-type') ?? '').startsWith('application/x-www-form-urlencoded'));
  },
  { role: 'viewer' },
);
