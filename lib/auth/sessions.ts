import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/client';

/**
 * Database sessions. The cookie holds a random 256-bit token; the database holds only its sha256, so a copy of
 * the database opens no session. Expiry slides: each use pushes `expiresAt` to now + idle, never beyond
 * createdAt + max. `lastSeen`/`expiresAt` are written at most once a minute per session.
 */
export interface SessionPolicy {
  idleMs: number;
  maxMs: number;
}

export interface SessionUser {
  id: string;
  name: string;
  role: string;
}

const TOUCH_EVERY_MS = 60_000;
/** Sessions this process last slid, and when (bounded). */
const touching = new Map<string, number>();

export const tokenId = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createSession(db: Db, userId: string, policy: SessionPolicy, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + Math.min(policy.idleMs, policy.maxMs));
  await db.session.create({ data: { id: tokenId(token), userId, createdAt: now, expiresAt, lastSeen: now } });
  return { token, expiresAt };
}

/** The session's user when the token is live and the user is enabled; slides the expiry. Expired sessions are deleted. */
export async function resolveSession(db: Db, token: string, policy: SessionPolicy, now = new Date()): Promise<{ user: SessionUser; expiresAt: Date } | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const id = tokenId(token);
  const s = await db.session.findUnique({ where: { id }, include: { user: { select: { id: true, name: true, role: true, disabled: true } } } });
  if (!s) return null;
  const hardEnd = s.createdAt.getTime() + policy.maxMs;
  if (s.expiresAt <= now || hardEnd <= now.getTime() || s.user.disabled) {
    await db.session.deleteMany({ where: { id } });
    return null;
  }
  let expiresAt = s.expiresAt;
  // A page fires many API calls at once: one of them writes, the others see the in-process mark and only read.
  if (now.getTime() - s.lastSeen.getTime() >= TOUCH_EVERY_MS && (touching.get(id) ?? -Infinity) < now.getTime() - TOUCH_EVERY_MS) {
    touching.set(id, now.getTime());
    if (touching.size > 10_000) touching.delete(touching.keys().next().value!);
    expiresAt = new Date(Math.min(now.getTime() + policy.idleMs, hardEnd));
    await db.session.updateMany({ where: { id }, data: { lastSeen: now, expiresAt } });
  }
  return { user: { id: s.user.id, name: s.user.name, role: s.user.role }, expiresAt };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.session.deleteMany({ where: { id: tokenId(token) } });
}

/** Removes expired sessions (called now and then from logins). */
export async function pruneSessions(db: Db, now = new Date()): Promise<number> {
  return (await db.session.deleteMany({ where: { expiresAt: { lte: now } } })).count;
}
