import 'server-only';
import { env } from '../env';
import { db } from '../server/db';
import { sessionToken } from './cookie';
import { peerInfo } from './peer';
import type { Principal, Role } from './principal';
import { proxyIdentity } from './proxy-headers';
import { resolveSession } from './sessions';
import { asRole, createAccessRuleRepository } from './users';

/**
 * Who is asking, from the request's headers, per LANTERN_AUTH: a session cookie (builtin), the trusted proxy's
 * identity headers (proxy), or the configured anonymous principal (anonymous). Null = not authenticated.
 */
export async function resolvePrincipal(headers: Headers): Promise<Principal | null> {
  const e = env();
  const auth = e.auth;
  if (auth.mode === 'anonymous') {
    return { user: 'anonymous', role: auth.role, groups: [], namespaces: auth.namespaces, via: 'anonymous' };
  }
  const database = await db();
  if (auth.mode === 'proxy') {
    const id = proxyIdentity(headers, peerInfo(headers, e.trustedProxies).peer, auth);
    if (!id) return null;
    const namespaces = await createAccessRuleRepository(database).namespacesFor(id.user, id.groups, id.role);
    return { user: id.user, role: id.role, groups: id.groups, namespaces, via: 'proxy' };
  }
  const token = sessionToken(headers.get('cookie'));
  if (!token) return null;
  const s = await resolveSession(database, token, { idleMs: e.sessionIdleMs, maxMs: e.sessionMaxMs });
  if (!s) return null;
  const role: Role = asRole(s.user.role);
  const namespaces = await createAccessRuleRepository(database).namespacesFor(s.user.name, [], role);
  return { user: s.user.name, role, groups: [], namespaces, via: 'session' };
}
