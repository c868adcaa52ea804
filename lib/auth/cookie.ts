/** The session cookie: HttpOnly, SameSite=Lax, scoped to the base path, Secure when the client uses https. */
export const SESSION_COOKIE = 'lantern_session';

export function sessionCookie(token: string, opts: { basePath: string; https: boolean; expiresAt: Date }): string {
  return [
    `${SESSION_COOKIE}=${token}`,
    `Path=${opts.basePath || '/'}`,
    `Expires=${opts.expiresAt.toUTCString()}`,
    'HttpOnly',
    'SameSite=Lax',
    ...(opts.https ? ['Secure'] : []),
  ].join('; ');
}

export function clearedSessionCookie(opts: { basePath: string; https: boolean }): string {
  return [`${SESSION_COOKIE}=`, `Path=${opts.basePath || '/'}`, 'Expires=Thu, 01 Jan 1970 00:00:00 GMT', 'Max-Age=0', 'HttpOnly', 'SameSite=Lax', ...(opts.https ? ['Secure'] : [])].join('; ');
}

/** The session token from a Cookie header, if any. */
export function sessionToken(cookieHeader: string | null): string | undefined {
  if (!cookieHeader) return undefined;
  for (const part of cookieHeader.split(';')) {
    const i = part.indexOf('=');
    if (i > 0 && part.slice(0, i).trim() === SESSION_COOKIE) return part.slice(i + 1).trim() || undefined;
  }
  return undefined;
}
