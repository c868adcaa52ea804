import 'server-only';
import { Agent } from 'undici';
import { UpstreamError, errorFromResponse } from '@/lib/datasources/errors';
import { buildUrl, connectionHeaders, splitBaseUrl, tlsOptions } from './connection';
import { readBodyCapped } from './read-body';
import { transportError } from './transport-error';
import {
  DEFAULT_MAX_RESPONSE_BYTES,
  DEFAULT_TIMEOUT_MS,
  type HttpClientOptions,
  type HttpResponse,
  type QueryParams,
  type RequestOptions,
} from './types';

export interface HttpClient {
  readonly options: Readonly<HttpClientOptions>;
  /** Any HTTP answer, whatever its status; throws UpstreamError only when there is no usable answer. */
  request(opts: RequestOptions): Promise<HttpResponse>;
  /** A 2xx JSON body; a non-2xx answer becomes an UpstreamError carrying the upstream's text. */
  getJson<T>(opts: RequestOptions): Promise<T>;
  /** The full URL of a path (for WebSocket clients), without credentials. */
  url(path: string, query?: QueryParams): URL;
  /** Headers every request carries (auth, tenant, extras). Secret: never log or return them. */
  headers(): Record<string, string>;
}

/**
 * The one fetch helper every upstream client uses: base URL, auth and TLS bound once; each request gets a
 * timeout combined with the caller's signal, a response-size cap, and failures mapped to UpstreamError.
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
  const { base } = splitBaseUrl(options.url);
  const baseHeaders = connectionHeaders(options);
  const tls = tlsOptions(options);
  const dispatcher = tls ? sharedAgent(tls) : undefined;
  const defaultTimeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;

  async function request(opts: RequestOptions): Promise<HttpResponse> {
    const url = buildUrl(base, opts.path, opts.query);
    const timeoutMs = opts.timeoutMs ?? defaultTimeout;
    const timeoutSignal = AbortSignal.timeout(timeoutMs);
    const signal = opts.signal ? AbortSignal.any([opts.signal, timeoutSignal]) : timeoutSignal;
    const ctx = { datasource: options.datasource, where: `${url.origin}${url.pathname}`, timeoutMs, callerSignal: opts.signal, timeoutSignal };
    try {
      const init: RequestInit & { dispatcher?: unknown } = {
        method: opts.method ?? 'GET',
        headers: { Accept: 'application/json', ...baseHeaders, ...opts.headers },
        signal,
        redirect: 'follow',
        ...(dispatcher ? { dispatcher } : {}),
      };
      const res = await fetch(url, init as RequestInit);
      const text = await readBodyCapped(res, maxBytes);
      return { status: res.status, headers: res.headers, text };
    } catch (e) {
      throw transportError(e, ctx);
    }
  }

  async function getJson<T>(opts: RequestOptions): Promise<T> {
    const res = await request(opts);
    if (res.status < 200 || res.status > 299) {
      throw errorFromResponse(options.datasource, res.status, res.text);
    }
    return parseJson<T>(options.datasource, res.text);
  }

  return {
    options,
    request,
    getJson,
    url: (path, query) => buildUrl(base, path, query),
    headers: () => ({ ...baseHeaders }),
  };
}

// One connection pool per TLS setting, however many clients are created (e.g. one per API request).
const agents = new Map<string, Agent>();

function sharedAgent(tls: NonNullable<ReturnType<typeof tlsOptions>>): Agent {
  const key = `${tls.rejectUnauthorized}\n${tls.ca ?? ''}`;
  let agent = agents.get(key);
  if (!agent) {
    // Node 20's fetch is undici 6; the dispatcher interface is shared, so undici 7's Agent plugs in.
    agent = new Agent({ connect: tls });
    agents.set(key, agent);
  }
  return agent;
}

/** Parse a success body; anything that is not JSON is a bad gateway, with a short excerpt to debug it. */
export function parseJson<T>(datasource: HttpClientOptions['datasource'], text: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    const excerpt = text.trim().slice(0, 200);
    throw new UpstreamError({
      datasource,
      status: 502,
      kind: 'upstream',
      message: `${datasource} returned a body that is not JSON${excerpt ? `: ${excerpt}` : ' (empty body)'}`,
    });
  }
}
