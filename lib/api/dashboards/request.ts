import 'server-only';
/**
 * What every writing handler (dashboards, query history, auth, admin) shares: the same-origin check
 * (one place, so it can be hardened once), bounded JSON bodies, and the 201/204 responses.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { RequestError } from '../errors';
import type { Principal } from '../../auth/principal';
import { route, type RouteOptions } from '../route';

type Params = Record<string, string | string[]>;

export const MB = 1024 * 1024;

/**
 * Refuses a cross-site write: when the browser sends `Origin`, it must be this request's own origin
 * (as the client addressed it, so behind a proxy `X-Forwarded-Host`/`-Proto` count), or `null` from a same-origin
 * form post (`Sec-Fetch-Site: same-origin`). Without `Origin`
 * (curl, same-origin GET-less clients), `Sec-Fetch-Site: cross-site` is still refused.
 * @throws RequestError 403 `csrf`
 */
export function assertSameOrigin(req: NextRequest): void {
  const origin = req.headers.get('origin');
  if (origin === null) {
    if (req.headers.get('sec-fetch-site') === 'cross-site') throw csrf('a cross-site request');
    return;
  }
  // Under `Referrer-Policy: no-referrer` Chromium sends `Origin: null` with a plain form post (sign-in, sign-out);
  // `Sec-Fetch-Site` is set by the browser alone, so `same-origin` there still proves the form was ours.
  if (origin === 'null' && req.headers.get('sec-fetch-site') === 'same-origin') return;
  if (!ownOrigins(req).has(origin.toLowerCase())) throw csrf(`origin ${origin.slice(0, 200)}`);
}

function ownOrigins(req: NextRequest): Set<string> {
  const own = new Set([req.nextUrl.origin.toLowerCase()]);
  const first = (name: string) => req.headers.get(name)?.split(',')[0]?.trim().toLowerCase() || undefined;
  const host = first('x-forwarded-host') ?? first('host');
  if (host) {
    const proto = first('x-forwarded-proto') ?? req.nextUrl.protocol.replace(/:$/, '');
    own.add(`${proto}://${host}`);
  }
  return own;
}

const csrf = (what: string) => new RequestError(403, 'csrf', `Refused a change from ${what}: changes must come from Lantern's own pages`);

/** `route()` for handlers that write: the same-origin check runs before the handler; editor role unless `options` say more. */
export function mutation<P extends Params = Record<string, never>>(
  name: string,
  handler: (req: NextRequest, params: P, principal: Principal) => Promise<Response | object>,
  options: RouteOptions = {},
) {
  return route<P>(
    name,
    async (req, params, principal) => {
      assertSameOrigin(req);
      return handler(req, params, principal);
    },
    options,
  );
}

/**
 * Reads the body as text, refusing more than `maxBytes` with 413 whether or not `Content-Length` says so
 * (it may be absent or wrong), then parses it as JSON (400 when it is not). An empty body is `ifEmpty`
 * when given, else a 400.
 */
export async function readJson(req: NextRequest, maxBytes: number, options: { ifEmpty?: unknown } = {}): Promise<unknown> {
  const text = await readText(req, maxBytes);
  if (text.trim() === '') {
    if ('ifEmpty' in options) return options.ifEmpty;
    throw new RequestError(400, 'bad_request', 'request body: expected JSON, got an empty body');
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new RequestError(400, 'bad_request', `request body: not valid JSON (${(e as Error).message})`);
  }
}

export async function readText(req: NextRequest, maxBytes: number): Promise<string> {
  const tooLarge = () => new RequestError(413, 'too_large', `request body is larger than ${formatSize(maxBytes)}, the limit for this endpoint`);
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge();
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function formatSize(bytes: number): string {
  return bytes >= MB ? `${bytes / MB} MB` : `${Math.round(bytes / 1024)} KB`;
}

export const created = (data: unknown) => NextResponse.json({ data }, { status: 201, headers: { 'Cache-Control': 'no-store' } });

export const noContent = () => new Response(null, { status: 204, headers: { 'Cache-Control': 'no-store' } });
