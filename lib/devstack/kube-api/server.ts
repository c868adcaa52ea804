/**
 * A read-only Kubernetes API server over a DemoCluster, on plain http: discovery, lists, gets, watches and pod logs,
 * answering like kube-apiserver so @kubernetes/client-node (and kubectl) work against it unchanged.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DemoCluster } from '../cluster/cluster';
import type { ContainerLogs } from '../logs/types';
import { parseFieldSelector } from './field-selector';
import { parseLabelSelector, SelectorParseError } from './label-selector';
import { type Filter, listObjects } from './list';
import { parseLogQuery, servePodLogs } from './pod-logs';
import { resolveContainer } from './log-instance';
import { discovery, findResource, type ResourceInfo } from './resources';
import { badRequest, forbidden, type ForbidRequest, methodNotAllowed, notFound, pathNotFound, StatusError } from './status';
import { serveWatch } from './watch';

export interface KubeApiServerOptions {
  cluster: DemoCluster;
  logs: ContainerLogs;
  host?: string;
  port?: number;
  /** Return true to answer a request with the real RBAC 403 (for tests of permission handling). */
  forbid?: (req: ForbidRequest) => boolean;
  /** Bookmark period for watches that allow them (the real server sends one about every minute). */
  bookmarkIntervalMs?: number;
  /** How often a followed log polls the generator. */
  logPollMs?: number;
  /** How far back container logs reach (stands in for kubelet log rotation). */
  logRetentionMs?: number;
}

export interface KubeApiServer {
  url: string;
  close(): Promise<void>;
}

interface Route {
  resource: ResourceInfo;
  namespace?: string;
  name?: string;
  log?: boolean;
}

/** /api/v1/... or /apis/{group}/v1/... → resource, namespace, name, and whether it is pods/log. */
function route(path: string): Route | undefined {
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  let group = '';
  let rest: string[];
  if (parts[0] === 'api' && parts[1] === 'v1') rest = parts.slice(2);
  else if (parts[0] === 'apis' && parts[2] === 'v1') {
    group = parts[1];
    rest = parts.slice(3);
  } else return undefined;
  let namespace: string | undefined;
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    namespace = rest[1];
    rest = rest.slice(2);
  }
  const resource = findResource(group, rest[0]);
  if (!resource || rest.length > 3) return undefined;
  if (namespace !== undefined && !resource.namespaced) return undefined;
  if (rest.length === 3) {
    if (resource.kind !== 'Pod' || rest[2] !== 'log' || namespace === undefined) return undefined;
    return { resource, namespace, name: rest[1], log: true };
  }
  if (rest.length === 2 && resource.namespaced && namespace === undefined) return undefined;
  return { resource, namespace, name: rest[1] };
}

function sendJson(res: ServerResponse, code: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(code, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', 'Content-Length': Buffer.byteLength(json) });
  res.end(json);
}

function parseFilter(q: URLSearchParams, resource: ResourceInfo, namespace: string | undefined): Filter {
  try {
    return { namespace, labels: parseLabelSelector(q.get('labelSelector') ?? ''), fields: parseFieldSelector(q.get('fieldSelector') ?? '', resource) };
  } catch (e) {
    if (e instanceof SelectorParseError) throw badRequest(e.message);
    throw e;
  }
}

export async function startKubeApiServer(options: KubeApiServerOptions): Promise<KubeApiServer> {
  const { cluster, logs, host = '127.0.0.1', port = 0, forbid } = options;
  const streams = new Set<() => void>();
  let address = '';

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const q = url.searchParams;
    const path = url.pathname.replace(/\/+$/, '') || '/';
    if (['/healthz', '/livez', '/readyz'].includes(path)) {
      res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' }).end('ok');
      return;
    }
    const doc = discovery(path, address);
    const r = doc === undefined ? route(path) : undefined;
    if (doc === undefined && !r) throw pathNotFound();
    if (req.method !== 'GET' && req.method !== 'HEAD') throw methodNotAllowed();
    if (doc !== undefined) return sendJson(res, 200, doc);
    const { resource, namespace, name, log } = r!;
    const watch = q.get('watch') === 'true' || q.get('watch') === '1';
    const verb = name ? 'get' : watch ? 'watch' : 'list';
    const check: ForbidRequest = { verb, resource: log ? 'pods/log' : resource.plural, group: resource.group, ...(namespace !== undefined ? { namespace } : {}), ...(name ? { name } : {}) };
    if (forbid?.(check)) throw forbidden(check);

    if (log) {
      const now = cluster.now();
      const stored = cluster.get('Pod', namespace, name!);
      const pod = stored && cluster.podsAt(now).find((p) => p.uid === stored.metadata.uid);
      if (!pod) throw notFound('pods', name!);
      const query = parseLogQuery(q, resolveContainer(pod, q.get('container') ?? undefined), now);
      // On shutdown, end the response; the follow loop sees the close and returns.
      const end = () => void (res.writableEnded || res.end());
      streams.add(end);
      try {
        const ctx = {
          now: () => cluster.now(),
          podAt: (t: number) => cluster.podsAt(t).find((p) => p.uid === pod.uid),
          logs,
          pollMs: options.logPollMs ?? 500,
          retentionMs: options.logRetentionMs ?? 24 * 3600_000,
        };
        await servePodLogs(res, ctx, pod, query);
      } finally {
        streams.delete(end);
      }
      return;
    }
    if (name) {
      const o = cluster.get(resource.kind, namespace, name);
      if (!o) throw notFound(resource.plural, name, resource.group);
      return sendJson(res, 200, o);
    }
    const filter = parseFilter(q, resource, namespace);
    if (watch) {
      const timeout = q.get('timeoutSeconds');
      const stop = serveWatch(req, res, cluster, resource, {
        filter,
        resourceVersion: q.get('resourceVersion') ?? undefined,
        timeoutSeconds: timeout ? Number(timeout) : undefined,
        allowBookmarks: q.get('allowWatchBookmarks') === 'true',
        bookmarkIntervalMs: options.bookmarkIntervalMs ?? 60_000,
      });
      streams.add(stop);
      res.on('close', () => streams.delete(stop));
      return;
    }
    const limitRaw = q.get('limit');
    const limit = limitRaw ? Number(limitRaw) : undefined;
    if (limit !== undefined && !Number.isInteger(limit)) throw badRequest(`strconv.ParseInt: parsing "${limitRaw}": invalid syntax`);
    sendJson(res, 200, listObjects(cluster, resource, filter, limit, q.get('continue') || undefined));
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      const err = e instanceof StatusError ? e : new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: String((e as Error)?.message ?? e), reason: 'InternalError', code: 500 });
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendJson(res, err.code, err.body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const a = server.address() as AddressInfo;
  address = `${a.address}:${a.port}`;
  const hostPart = a.family === 'IPv6' ? `[${a.address}]` : a.address;
  return {
    url: `http://${hostPart}:${a.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const stop of [...streams]) stop();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
