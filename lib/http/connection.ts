import 'server-only';
import type { ConnectionConfig, QueryParams } from './types';

/** The base URL without credentials, and the credentials it carried (fetch refuses URLs with userinfo). */
export function splitBaseUrl(url: string): { base: URL; basicAuth?: { username: string; password: string } } {
  const base = new URL(url);
  if (base.protocol !== 'http:' && base.protocol !== 'https:') {
    throw new TypeError(`unsupported URL scheme ${base.protocol} (expected http: or https:)`);
  }
  const basicAuth = base.username
    ? { username: decodeURIComponent(base.username), password: decodeURIComponent(base.password) }
    : undefined;
  base.username = '';
  base.password = '';
  base.search = '';
  base.hash = '';
  return { base, basicAuth };
}

/** `path` below `base`, keeping any path prefix of the base. */
export function buildUrl(base: URL, path: string, query?: QueryParams): URL {
  const url = new URL(base);
  url.pathname = `${base.pathname.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
  url.search = toSearchParams(query).toString();
  return url;
}

export function toSearchParams(query?: QueryParams): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    const values = Array.isArray(value) ? value : [value];
    for (const v of values) if (v !== undefined && v !== null) params.append(key, String(v));
  }
  return params;
}

/** The headers every request to this upstream carries: auth, then the configured extras (tenant...). */
export function connectionHeaders(config: ConnectionConfig): Record<string, string> {
  const headers: Record<string, string> = { 'User-Agent': 'lantern' };
  const basic = config.basicAuth ?? splitBaseUrl(config.url).basicAuth;
  if (config.bearerToken) headers.Authorization = `Bearer ${config.bearerToken}`;
  else if (basic) headers.Authorization = `Basic ${Buffer.from(`${basic.username}:${basic.password}`).toString('base64')}`;
  return { ...headers, ...config.headers };
}

export interface TlsOptions {
  ca?: string;
  rejectUnauthorized: boolean;
}

/** TLS settings for node's tls.connect, or undefined when the defaults apply. */
export function tlsOptions(config: ConnectionConfig): TlsOptions | undefined {
  if (!config.ca && !config.insecureSkipVerify) return undefined;
  return { ...(config.ca ? { ca: config.ca } : {}), rejectUnauthorized: !config.insecureSkipVerify };
}
