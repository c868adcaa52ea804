import { route } from '@/lib/api/route';

/** Who the console thinks you are: name, role, groups, visible namespaces (null = all) and how you signed in. */
export const GET = route('/api/auth/me', async (_req, _params, p) => ({
  data: { user: p.user, role: p.role, groups: p.groups, namespaces: p.namespaces, via: p.via },
}));
