import type { Cidr } from './cidr';
import { inCidrs } from './cidr';
import type { Role } from './principal';

/**
 * oauth2-proxy style identity headers, believed only when the TCP peer is one of the configured proxies. The user
 * is `X-Forwarded-User`, else `X-Forwarded-Email`; groups come from `X-Forwarded-Groups` (comma-separated). The
 * role is the highest one a group maps to, viewer otherwise.
 */
export interface ProxyAuthConfig {
  proxyCidrs: readonly Cidr[];
  adminGroups: readonly string[];
  editorGroups: readonly string[];
}

export interface ProxyIdentity {
  user: string;
  groups: string[];
  role: Role;
}

const MAX_HEADER = 4096;
const clean = (v: string | null) => (v && v.length <= MAX_HEADER ? v.trim() : '');

export function proxyIdentity(headers: Headers, peer: string | undefined, config: ProxyAuthConfig): ProxyIdentity | null {
  if (!inCidrs(peer, config.proxyCidrs)) return null;
  const user = clean(headers.get('x-forwarded-user')) || clean(headers.get('x-forwarded-email'));
  if (!user || /[\u0000-\u001f\u007f]/.test(user)) return null;
  const groups = [...new Set(clean(headers.get('x-forwarded-groups')).split(',').map((g) => g.trim()).filter(Boolean))];
  const role: Role = groups.some((g) => config.adminGroups.includes(g))
    ? 'admin'
    : groups.some((g) => config.editorGroups.includes(g))
      ? 'editor'
      : 'viewer';
  return { user, groups, role };
}
