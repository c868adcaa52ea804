/**
 * Who is asking, as every API route handler sees it. Authentication (sessions, trusted proxy headers, explicit
 * anonymous access) produces one; the routes only read it: the role gates mutations, `namespaces` scopes every
 * Kubernetes read and every PromQL/LogQL query on the server.
 */
export type Role = 'viewer' | 'editor' | 'admin';

export const ROLES: readonly Role[] = ['viewer', 'editor', 'admin'];

export interface Principal {
  /** Stable name for the audit log: the user name, the proxy's user header, or `anonymous`. */
  readonly user: string;
  readonly role: Role;
  readonly groups: readonly string[];
  /** Namespaces this principal may see; `null` means every namespace. */
  readonly namespaces: readonly string[] | null;
  /** How the principal was established. */
  readonly via: 'session' | 'proxy' | 'anonymous';
}

/** True when `role` is at least `needed` (viewer < editor < admin). */
export function hasRole(p: Pick<Principal, 'role'>, needed: Role): boolean {
  return ROLES.indexOf(p.role) >= ROLES.indexOf(needed);
}
