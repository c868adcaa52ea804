import 'server-only';
import { z } from 'zod';
import { MIN_PASSWORD, USER_NAME } from '../env';
import { namespaceName } from '../k8s/params';
import { db } from '../server/db';
import { ROLES } from './principal';
import { createAccessRuleRepository, createUserRepository } from './users';

/** Bodies of /api/admin/users and /api/admin/access-rules (admin role only; see the route files). */
const role = z.enum(ROLES as ['viewer', 'editor', 'admin']);
const password = z.string().min(MIN_PASSWORD, `expected at least ${MIN_PASSWORD} characters`).max(1024);

export const createUserBody = z.object({
  name: z.string().regex(USER_NAME, 'expected 1-64 letters, digits, and . _ @ -'),
  password,
  role: role.default('viewer'),
});

export const updateUserBody = z
  .object({ role: role.optional(), disabled: z.boolean().optional(), password: password.optional() })
  .refine((b) => b.role !== undefined || b.disabled !== undefined || b.password !== undefined, { message: 'expected role, disabled or password' });

export const createRuleBody = z.object({
  subject: z
    .string()
    .max(300)
    .regex(/^(user|group):[^\s,][^,]*$/, 'expected user:NAME or group:NAME'),
  namespaces: z.array(namespaceName).min(1).max(500),
});

export const users = async () => createUserRepository(await db());
export const accessRules = async () => createAccessRuleRepository(await db());
