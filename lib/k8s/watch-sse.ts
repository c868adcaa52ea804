import 'server-only';
import type { KubeClient } from './client';
import type { SseMessage } from './sse';
import type { WatchOptions } from './watch';

/** Pod watch updates as SSE messages: `sync` (full list, after a 410 re-list or when no version was given) or `change`. */
export async function* podWatchMessages(kube: KubeClient, o: Omit<WatchOptions, 'signal'>, signal: AbortSignal): AsyncGenerator<SseMessage> {
  for await (const u of kube.watchPods({ ...o, signal })) {
    if (u.type === 'SYNC') yield { event: 'sync', data: { items: u.items, resourceVersion: u.resourceVersion } };
    else yield { event: 'change', data: { type: u.type, object: u.object, resourceVersion: u.resourceVersion } };
  }
}
