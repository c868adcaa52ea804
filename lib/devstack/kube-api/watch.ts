/**
 * Watches as kube-apiserver streams them: newline-delimited JSON events on a chunked 200 response.
 * Without a resourceVersion (or with "0") the current objects come first as ADDED; with one, the changes after it,
 * or an ERROR event carrying a 410 Expired Status when it is older than the kept history.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { DemoCluster, WatchEvent } from '../cluster/cluster';
import type { KubeObject } from '../cluster/objects';
import { type Filter, matches, objectKey } from './list';
import type { ResourceInfo } from './resources';
import { tooOldResourceVersion } from './status';

export interface WatchOptions {
  filter: Filter;
  resourceVersion?: string;
  timeoutSeconds?: number;
  allowBookmarks: boolean;
  bookmarkIntervalMs: number;
}

type EventType = 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';

/** Streams until the client goes away, timeoutSeconds passes, or `stop` (server shutdown) is called. */
export function serveWatch(req: IncomingMessage, res: ServerResponse, cluster: DemoCluster, resource: ResourceInfo, opts: WatchOptions): () => void {
  res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-cache, private', 'Transfer-Encoding': 'chunked' });
  res.flushHeaders();
  const send = (type: EventType, object: unknown) => {
    if (!res.writableEnded) res.write(`${JSON.stringify({ type, object })}\n`);
  };

  // Keys this watcher has been told about, so an object leaving the selector is reported as DELETED.
  const visible = new Set<string>();
  let lastRv = cluster.resourceVersion;
  const deliver = (e: WatchEvent) => {
    if (e.object.kind !== resource.kind) return;
    lastRv = Math.max(lastRv, e.resourceVersion);
    const key = objectKey(e.object);
    const match = matches(resource, opts.filter, e.object);
    if (e.type === 'DELETED') {
      if (visible.delete(key) || match) send('DELETED', e.object);
    } else if (match) {
      send(e.type === 'MODIFIED' && visible.has(key) ? 'MODIFIED' : 'ADDED', e.object);
      visible.add(key);
    } else if (visible.delete(key)) {
      send('DELETED', e.object);
    }
  };

  let closed = false;
  const timers: NodeJS.Timeout[] = [];
  let unsubscribe = () => {};
  const stop = () => {
    if (closed) return;
    closed = true;
    unsubscribe();
    timers.forEach(clearTimeout);
    if (!res.writableEnded) res.end();
  };
  req.on('close', stop);
  res.on('close', stop);

  const rvParam = opts.resourceVersion;
  if (rvParam && rvParam !== '0') {
    const since = Number(rvParam);
    const changes = Number.isFinite(since) ? cluster.changesSince(since) : null;
    if (changes === null) {
      send('ERROR', tooOldResourceVersion(since, cluster.resourceVersion).body);
      stop();
      return stop;
    }
    // Objects that existed at `since` are known to the client; seed them so a later change is MODIFIED, not ADDED.
    for (const o of cluster.list(resource.kind).items) if (matches(resource, opts.filter, o) && Number(o.metadata.resourceVersion) <= since) visible.add(objectKey(o));
    for (const e of changes) if (e.type !== 'ADDED' && e.object.kind === resource.kind && matches(resource, opts.filter, e.object)) visible.add(objectKey(e.object));
    changes.forEach(deliver);
  } else {
    for (const o of cluster.list(resource.kind).items) {
      if (!matches(resource, opts.filter, o)) continue;
      visible.add(objectKey(o));
      send('ADDED', o);
    }
  }
  unsubscribe = cluster.subscribe(deliver);

  if (opts.allowBookmarks) {
    const bookmark = () => {
      const object: KubeObject = {
        kind: resource.kind,
        apiVersion: resource.group ? `${resource.group}/${resource.version}` : resource.version,
        metadata: { resourceVersion: String(lastRv), creationTimestamp: null } as unknown as KubeObject['metadata'],
      };
      send('BOOKMARK', object);
      timers.push(setTimeout(bookmark, opts.bookmarkIntervalMs).unref());
    };
    timers.push(setTimeout(bookmark, opts.bookmarkIntervalMs).unref());
  }
  const timeoutMs = (opts.timeoutSeconds && opts.timeoutSeconds > 0 ? opts.timeoutSeconds : 1800) * 1000;
  timers.push(setTimeout(stop, timeoutMs).unref());
  return stop;
}
