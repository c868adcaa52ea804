import 'server-only';
/**
 * One place that knows how to reach the API server: kubeconfig or in-cluster service account, per-call
 * timeout + AbortSignal, and raw streaming requests (watch, logs) authenticated by client-node's KubeConfig.
 */
import { AppsV1Api, BatchV1Api, type ConfigurationOptions, CoreV1Api, HttpMethod, KubeConfig, Observable, RequestContext } from '@kubernetes/client-node';
import { fetch, type Response } from 'undici';
import { fromStatus, KubeError, type KubeErrorContext, toKubeError } from './errors';

export interface KubeClientOptions {
  /** Path of a kubeconfig file (KUBECONFIG); its current context is used unless `context` is given. */
  kubeconfigPath?: string;
  context?: string;
  /** Use the pod's service account (token and CA under /var/run/secrets/kubernetes.io/serviceaccount). */
  inCluster?: boolean;
  /** Default per-call timeout; for streams it bounds the wait for the response to start. */
  timeoutMs?: number;
}

export interface CallOptions {
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface Connection {
  kc: KubeConfig;
  server: string;
  timeoutMs: number;
  core: CoreV1Api;
  apps: AppsV1Api;
  batch: BatchV1Api;
}

export function connect(options: KubeClientOptions): Connection {
  const kc = new KubeConfig();
  try {
    if (options.inCluster) kc.loadFromCluster();
    else if (options.kubeconfigPath) kc.loadFromFile(options.kubeconfigPath);
    else throw new Error('neither a kubeconfig path nor in-cluster configuration was given');
    if (options.context) kc.setCurrentContext(options.context);
    const cluster = kc.getCurrentCluster();
    if (!cluster) throw new Error('the kubeconfig has no current cluster');
    return {
      kc,
      server: cluster.server,
      timeoutMs: options.timeoutMs ?? 15_000,
      core: kc.makeApiClient(CoreV1Api),
      apps: kc.makeApiClient(AppsV1Api),
      batch: kc.makeApiClient(BatchV1Api),
    };
  } catch (e) {
    throw new KubeError(500, 'InvalidConfiguration', `invalid Kubernetes configuration: ${(e as Error).message}`, {}, { cause: e });
  }
}

/** The caller's signal combined with the call's timeout. */
export function callSignal(conn: Connection, opts: CallOptions = {}): AbortSignal {
  const timeout = AbortSignal.timeout(opts.timeoutMs ?? conn.timeoutMs);
  return opts.signal ? AbortSignal.any([opts.signal, timeout]) : timeout;
}

/** Per-call options for the generated API classes that attach an AbortSignal to the request. */
export function withSignal(signal: AbortSignal): ConfigurationOptions {
  return {
    middleware: [
      {
        pre: (ctx) => {
          ctx.setSignal(signal);
          return new Observable(Promise.resolve(ctx));
        },
        post: (res) => new Observable(Promise.resolve(res)),
      },
    ],
    middlewareMergeStrategy: 'append',
  };
}

/** Runs a generated-client call with timeout and signal; every failure becomes a KubeError. */
export async function call<T>(conn: Connection, ctx: KubeErrorContext, opts: CallOptions | undefined, fn: (o: ConfigurationOptions) => Promise<T>): Promise<T> {
  try {
    return await fn(withSignal(callSignal(conn, opts)));
  } catch (e) {
    throw toKubeError(e, ctx, conn.server);
  }
}

/**
 * A GET whose body is read as a stream (watch, logs). client-node's Watch and Log helpers drop the Status body of
 * failed requests and take no AbortSignal, so the request is made here with the KubeConfig's headers and TLS dispatcher.
 * `headersSignal` bounds the wait for the response; `signal` ends the stream.
 */
export async function streamGet(conn: Connection, path: string, query: Record<string, string | number | boolean | undefined>, signal: AbortSignal, headersTimeoutMs: number, ctx: KubeErrorContext): Promise<Response> {
  const url = new URL(conn.server.replace(/\/+$/, '') + path);
  for (const [k, v] of Object.entries(query)) if (v !== undefined) url.searchParams.set(k, String(v));
  const request = new RequestContext(url.toString(), HttpMethod.GET);
  const timeout = AbortSignal.timeout(headersTimeoutMs);
  try {
    await conn.kc.applySecurityAuthentication(request);
    const headersSignal = AbortSignal.any([signal, timeout]);
    const controller = new AbortController();
    const abort = () => controller.abort(signal.aborted ? signal.reason : timeout.reason);
    headersSignal.addEventListener('abort', abort, { once: true });
    // After the headers only the caller's signal may end the stream.
    const res = await fetch(url, { headers: request.getHeaders(), dispatcher: request.getDispatcher(), signal: controller.signal });
    headersSignal.removeEventListener('abort', abort);
    if (signal.aborted) controller.abort(signal.reason);
    else signal.addEventListener('abort', () => controller.abort(signal.reason), { once: true });
    if (res.status >= 200 && res.status < 300) return res;
    const text = await res.text().catch(() => '');
    throw fromStatus(res.status, text, ctx);
  } catch (e) {
    throw toKubeError(e, ctx, conn.server);
  }
}
