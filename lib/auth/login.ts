import 'server-only';
import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { RequestError } from '../api/errors';
import { env, USER_NAME } from '../env';
import { logger } from '../server/logger';
import { db } from '../server/db';
import { clearedSessionCookie, sessionCookie, sessionToken } from './cookie';
import { dummyHash, hashPassword, needsRehash, verifyPassword } from './password';
import { peerInfo } from './peer';
import { createRateLimiter, type RateLimiter } from './rate-limit';
import { createSession, deleteSession, pruneSessions } from './sessions';
import { createUserRepository } from './users';

/**
 * POST /api/auth/login and /api/auth/logout. Login accepts a form (the /login page, answered with a 303 redirect)
 * or JSON (answered with JSON). Failures say only "wrong user name or password"; 5 failures per user name or per
 * client address within 15 minutes → 429 with Retry-After. Unknown users cost a dummy hash, like known ones.
 */
const g = globalThis as unknown as { lanternLoginLimits?: { byUser: RateLimiter; byClient: RateLimiter } };
export function loginLimits() {
  g.lanternLoginLimits ??= { byUser: createRateLimiter(), byClient: createRateLimiter() };
  return g.lanternLoginLimits;
}

const credentials = z.object({
  username: z.string().max(256),
  password: z.string().max(1024),
  next: z.string().max(2048).optional(),
});

/** Only a path of this console: `/x…`, never `//host` or `/\host` (an open redirect). */
export function safeNext(next: string | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\') || /[\u0000-\u001f]/.test(next)) return '/';
  return next;
}

const FAILED = 'Wrong user name or password';

export async function login(req: NextRequest, body: unknown, form: boolean): Promise<Response> {
  const e = env();
  if (e.auth.mode !== 'builtin') throw new RequestError(404, 'not_found', `Sign-in is handled by ${e.auth.mode === 'proxy' ? 'the authenticating proxy' : 'nobody: access is anonymous'}`);
  const { username, password, next } = credentials.parse(body);
  const name = username.trim();
  const { client, https } = peerInfo(req.headers, e.trustedProxies);
  const limits = loginLimits();
  const userKey = name.toLowerCase();
  const wait = Math.max(limits.byUser.retryAfter(userKey), limits.byClient.retryAfter(client));
  const back = (error: string) =>
    new Response(null, { status: 303, headers: { Location: `${e.basePath}/login?error=${error}&next=${encodeURIComponent(safeNext(next))}`, 'Cache-Control': 'no-store' } });
  if (wait > 0) {
    logger().warn({ user: name.slice(0, 64), client }, 'login refused: too many failures');
    if (form) return back('rate');
    return NextResponse.json(
      { error: { status: 429, kind: 'rate_limited', message: `Too many failed sign-ins: try again in ${Math.ceil(wait / 60)} min` } },
      { status: 429, headers: { 'Retry-After': String(wait), 'Cache-Control': 'no-store' } },
    );
  }
  const database = await db();
  const users = createUserRepository(database);
  const user = USER_NAME.test(name) ? await users.byName(name) : null;
  const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash()));
  if (!user || !ok || user.disabled) {
    limits.byUser.fail(userKey);
    limits.byClient.fail(client);
    logger().info({ user: name.slice(0, 64), client }, 'login failed');
    if (form) return back('failed');
    return NextResponse.json({ error: { status: 401, kind: 'unauthenticated', message: FAILED } }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  }
  limits.byUser.reset(userKey);
  if (needsRehash(user.passwordHash)) await users.setHash(user.id, await hashPassword(password));
  if (Math.random() < 0.05) await pruneSessions(database);
  const now = new Date();
  const { token } = await createSession(database, user.id, { idleMs: e.sessionIdleMs, maxMs: e.sessionMaxMs }, now);
  logger().info({ user: user.name, client }, 'login');
  // The cookie lives as long as the session may (its maximum age); the idle expiry slides on the server alone.
  const cookie = sessionCookie(token, { basePath: e.basePath, https, expiresAt: new Date(now.getTime() + e.sessionMaxMs) });
  const res = form
    ? new Response(null, { status: 303, headers: { Location: `${e.basePath}${safeNext(next)}` } })
    : NextResponse.json({ data: { user: user.name, role: user.role } });
  res.headers.set('Set-Cookie', cookie);
  res.headers.set('Cache-Control', 'no-store');
  return res;
}

export async function logout(req: NextRequest, form: boolean): Promise<Response> {
  const e = env();
  const token = sessionToken(req.headers.get('cookie'));
  if (token) await deleteSession(await db(), token);
  const res = form ? new Response(null, { status: 303, headers: { Location: `${e.basePath}/login` } }) : new Response(null, { status: 204 });
  res.headers.set('Set-Cookie', clearedSessionCookie({ basePath: e.basePath, https: peerInfo(req.headers, e.trustedProxies).https }));
  res.headers.set('Cache-Control', 'no-store');
  return res;
}

/** The request body as an object: a form post or JSON. */
export async function readCredentials(req: NextRequest, text: string): Promise<{ body: unknown; form: boolean }> {
  const type = req.headers.get('content-type') ?? '';
  if (type.startsWith('application/x-www-form-urlencoded')) return { body: Object.fromEntries(new URLSearchParams(text)), form: true };
  try {
    return { body: text.trim() ? JSON.parse(text) : {}, form: false };
  } catch {
    throw new RequestError(400, 'bad_request', 'request body: expected JSON or a form');
  }
}
