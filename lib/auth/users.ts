import 'server-only';
import { RequestError } from '../api/errors';
import { isUniqueViolation } from '../db/errors';
import type { Db } from '../db/client';
import { hashPassword } from './password';
import { ROLES, type Role } from './principal';

/**
 * Built-in users and access rules. Who sees which namespaces:
 * - the namespaces of every rule whose subject is `user:NAME` or `group:G` for one of the principal's groups, united;
 * - with no rule at all: an admin sees every namespace (null), a viewer or editor sees none.
 * Built-in users have no groups; proxy users get theirs from `X-Forwarded-Groups`.
 */
export interface UserView {
  id: string;
  name: string;
  role: Role;
  disabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface AccessRuleView {
  id: string;
  subject: string;
  namespaces: string[];
  createdAt: Date;
}

export const asRole = (r: string): Role => ((ROLES as readonly string[]).includes(r) ? (r as Role) : 'viewer');
const view = (u: { id: string; name: string; role: string; disabled: boolean; createdAt: Date; updatedAt: Date }): UserView => ({
  id: u.id,
  name: u.name,
  role: asRole(u.role),
  disabled: u.disabled,
  createdAt: u.createdAt,
  updatedAt: u.updatedAt,
});
const notFound = (name: string) => new RequestError(404, 'not_found', `User ${name} was not found`);

export function createUserRepository(db: Db) {
  /** Refuses a change that would leave no enabled admin (nobody could manage users any more). */
  async function keepAnAdmin(id: string) {
    const others = await db.user.count({ where: { role: 'admin', disabled: false, id: { not: id } } });
    if (others === 0) throw new RequestError(409, 'conflict', 'This is the last enabled admin: make another user admin first');
  }

  return {
    async list(): Promise<UserView[]> {
      return (await db.user.findMany({ orderBy: { name: 'asc' } })).map(view);
    },

    async byName(name: string) {
      return db.user.findUnique({ where: { name } });
    },

    async create(input: { name: string; password: string; role: Role }): Promise<UserView> {
      try {
        return view(await db.user.create({ data: { name: input.name, role: input.role, passwordHash: await hashPassword(input.password) } }));
      } catch (e) {
        if (isUniqueViolation(e)) throw new RequestError(409, 'already_exists', `A user named ${input.name} already exists`);
        throw e;
      }
    },

    /** Role change, disable/enable or password reset. Disabling or a new password ends the user's sessions. */
    async update(name: string, change: { role?: Role; disabled?: boolean; password?: string }): Promise<UserView> {
      const user = await db.user.findUnique({ where: { name } });
      if (!user) throw notFound(name);
      if ((change.role !== undefined && change.role !== 'admin') || change.disabled === true) {
        if (user.role === 'admin' && !user.disabled) await keepAnAdmin(user.id);
      }
      const data: { role?: Role; disabled?: boolean; passwordHash?: string } = {};
      if (change.role !== undefined) data.role = change.role;
      if (change.disabled !== undefined) data.disabled = change.disabled;
      if (change.password !== undefined) data.passwordHash = await hashPassword(change.password);
      const updated = await db.user.update({ where: { id: user.id }, data });
      if (change.disabled === true || change.password !== undefined) await db.session.deleteMany({ where: { userId: user.id } });
      return view(updated);
    },

    /** Rehash with today's parameters after a successful login with an older hash. */
    async setHash(id: string, passwordHash: string) {
      await db.user.update({ where: { id }, data: { passwordHash } });
    },

    /** Creates `admin` when no admin exists (enabled or not). True when it did. */
    async ensureFirstAdmin(admin: { name: string; password: string }): Promise<boolean> {
      if ((await db.user.count({ where: { role: 'admin' } })) > 0) return false;
      const passwordHash = await hashPassword(admin.password);
      await db.user.upsert({ where: { name: admin.name }, create: { name: admin.name, role: 'admin', passwordHash }, update: { role: 'admin', disabled: false, passwordHash } });
      return true;
    },

    async countAdmins(): Promise<number> {
      return db.user.count({ where: { role: 'admin', disabled: false } });
    },
  };
}

export function createAccessRuleRepository(db: Db) {
  const ruleView = (r: { id: string; subject: string; namespaces: unknown; createdAt: Date }): AccessRuleView => ({
    id: r.id,
    subject: r.subject,
    namespaces: Array.isArray(r.namespaces) ? r.namespaces.filter((n): n is string => typeof n === 'string') : [],
    createdAt: r.createdAt,
  });
  return {
    async list(): Promise<AccessRuleView[]> {
      return (await db.accessRule.findMany({ orderBy: [{ subject: 'asc' }, { createdAt: 'asc' }] })).map(ruleView);
    },
    async create(input: { subject: string; namespaces: string[] }): Promise<AccessRuleView> {
      const namespaces = [...new Set(input.namespaces)].sort();
      return ruleView(await db.accessRule.create({ data: { subject: input.subject, namespaces } }));
    },
    async delete(id: string): Promise<void> {
      const { count } = await db.accessRule.deleteMany({ where: { id } });
      if (count === 0) throw new RequestError(404, 'not_found', `Access rule ${id} was not found`);
    },
    /** The namespaces a principal may see (see the module comment); null = every namespace. */
    async namespacesFor(user: string, groups: readonly string[], role: Role): Promise<string[] | null> {
      const subjects = [`user:${user}`, ...groups.map((g) => `group:${g}`)];
      const rules = await db.accessRule.findMany({ where: { subject: { in: subjects } } });
      if (rules.length === 0) return role === 'admin' ? null : [];
      return [...new Set(rules.flatMap((r) => ruleView(r).namespaces))].sort();
    },
  };
}
