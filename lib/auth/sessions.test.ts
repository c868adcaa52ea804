import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb, type Db } from '../db/client';
import { verifyPassword } from './password';
import { createSession, deleteSession, pruneSessions, resolveSession, tokenId } from './sessions';
import { createAccessRuleRepository, createUserRepository } from './users';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-auth-test-'));
let db: Db;
beforeAll(async () => {
  db = (await openDb(`file:${path.join(dir, 'auth.db')}`)).db;
});
afterAll(async () => {
  await db.$disconnect();
  fs.rmSync(dir, { recursive: true, force: true });
});

const HOUR = 3_600_000;
const policy = { idleMs: 2 * HOUR, maxMs: 24 * HOUR };
const at = (ms: number) => new Date(Date.UTC(2026, 0, 1) + ms);

describe('sessions', () => {
  it('store only the hash of a random 256-bit token', async () => {
    const users = createUserRepository(db);
    const u = await users.create({ name: 'sess-a', password: 'password-sess-a', role: 'editor' });
    const { token, expiresAt } = await createSession(db, u.id, policy, at(0));
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(expiresAt).toEqual(at(2 * HOUR));
    expect(await db.session.findUnique({ where: { id: token } })).toBeNull();
    expect(await db.session.findUnique({ where: { id: tokenId(token) } })).not.toBeNull();
    expect((await resolveSession(db, token, policy, at(1000)))?.user).toMatchObject({ name: 'sess-a', role: 'editor' });
    expect(await resolveSession(db, `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, policy, at(1000))).toBeNull();
    expect(await resolveSession(db, 'short', policy, at(1000))).toBeNull();
  });

  it('slide on use, expire when idle, and never outlive the maximum age', async () => {
    const u = await createUserRepository(db).create({ name: 'sess-b', password: 'password-sess-b', role: 'viewer' });
    const { token } = await createSession(db, u.id, policy, at(0));
    // Used every 1.5 h: each use pushes the expiry to now + 2 h…
    for (let t = 1.5 * HOUR; t < 22 * HOUR; t += 1.5 * HOUR) {
      const s = await resolveSession(db, token, policy, at(t));
      expect(s?.expiresAt).toEqual(at(Math.min(t + 2 * HOUR, 24 * HOUR)));
    }
    // …but not beyond createdAt + 24 h.
    expect(await resolveSession(db, token, policy, at(24 * HOUR))).toBeNull();
    expect(await db.session.count({ where: { id: tokenId(token) } })).toBe(0);

    const idle = await createSession(db, u.id, policy, at(0));
    expect(await resolveSession(db, idle.token, policy, at(2 * HOUR - 1))).not.toBeNull();
    expect(await resolveSession(db, idle.token, policy, at(4 * HOUR))).toBeNull();
  });

  it('end on logout, on disabling the user and on a password reset', async () => {
    const users = createUserRepository(db);
    const u = await users.create({ name: 'sess-c', password: 'password-sess-c', role: 'viewer' });
    const a = await createSession(db, u.id, policy, at(0));
    await deleteSession(db, a.token);
    expect(await resolveSession(db, a.token, policy, at(1))).toBeNull();

    const b = await createSession(db, u.id, policy, new Date());
    await users.update('sess-c', { disabled: true });
    expect(await resolveSession(db, b.token, policy)).toBeNull();
    await users.update('sess-c', { disabled: false });
    const c = await createSession(db, u.id, policy, new Date());
    await users.update('sess-c', { password: 'a brand new password' });
    expect(await resolveSession(db, c.token, policy)).toBeNull();
    expect(await verifyPassword('a brand new password', (await users.byName('sess-c'))!.passwordHash)).toBe(true);
  });

  it('are pruned once expired', async () => {
    const u = await createUserRepository(db).create({ name: 'sess-d', password: 'password-sess-d', role: 'viewer' });
    await createSession(db, u.id, policy, at(0));
    expect(await pruneSessions(db, at(3 * HOUR))).toBeGreaterThanOrEqual(1);
    expect(await db.session.count({ where: { userId: u.id } })).toBe(0);
  });
});

describe('users and access rules', () => {
  it('create the first admin only when there is none, and keep at least one enabled admin', async () => {
    const users = createUserRepository(db);
    expect(await users.ensureFirstAdmin({ name: 'root', password: 'first admin password' })).toBe(true);
    expect(await users.ensureFirstAdmin({ name: 'root2', password: 'first admin password' })).toBe(false);
    expect(await users.byName('root2')).toBeNull();
    await expect(users.update('root', { role: 'viewer' })).rejects.toMatchObject({ status: 409 });
    await expect(users.update('root', { disabled: true })).rejects.toMatchObject({ status: 409 });
    await users.create({ name: 'root2', password: 'second admin password', role: 'admin' });
    await users.update('root', { role: 'editor' });
    expect((await users.list()).find((u) => u.name === 'root')?.role).toBe('editor');
    await expect(users.create({ name: 'root2', password: 'whatever password', role: 'viewer' })).rejects.toMatchObject({ status: 409 });
    await expect(users.update('nobody', { role: 'viewer' })).rejects.toMatchObject({ status: 404 });
    expect(JSON.stringify(await users.list())).not.toContain('scrypt');
  });

  it('give the union of user and group rules; no rule = all for admins, none for others', async () => {
    const rules = createAccessRuleRepository(db);
    expect(await rules.namespacesFor('nobody', [], 'admin')).toBeNull();
    expect(await rules.namespacesFor('nobody', [], 'editor')).toEqual([]);
    expect(await rules.namespacesFor('nobody', [], 'viewer')).toEqual([]);
    const r1 = await rules.create({ subject: 'user:dana', namespaces: ['shop', 'shop'] });
    await rules.create({ subject: 'group:payments', namespaces: ['payments', 'shop'] });
    expect(r1.namespaces).toEqual(['shop']);
    expect(await rules.namespacesFor('dana', [], 'viewer')).toEqual(['shop']);
    expect(await rules.namespacesFor('dana', ['payments'], 'viewer')).toEqual(['payments', 'shop']);
    expect(await rules.namespacesFor('erin', ['payments'], 'admin')).toEqual(['payments', 'shop']);
    await rules.delete(r1.id);
    expect(await rules.namespacesFor('dana', [], 'viewer')).toEqual([]);
    await expect(rules.delete(r1.id)).rejects.toMatchObject({ status: 404 });
  });
});
