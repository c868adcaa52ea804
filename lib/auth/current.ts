import 'server-only';
import { headers } from 'next/headers';
import { RequestError } from '../api/errors';
import type { Principal } from './principal';
import { resolvePrincipal } from './resolve';

/**
 * The principal of the request being served, for server components and server-side reads (the API routes get theirs
 * from route()). proxy.ts already sent a request without one to /login; should one get here anyway, it reads nothing.
 */
export async function currentPrincipal(): Promise<Principal> {
  const principal = await resolvePrincipal(await headers());
  if (!principal) throw new RequestError(401, 'unauthenticated', 'Sign in to use Lantern');
  return principal;
}
