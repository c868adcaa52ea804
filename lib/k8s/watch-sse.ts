import 'server-only';
import { toErrorBody } from '../api/errors';
import type { KubeClient } from './client';
import type { SseMessage } from './sse';
import type { WatchOptions } from './watch';

/**
 * Pod watch updates as SSE messages: `sync` (full list, after a 410 re-list or when no version was given), `change`,
 * `interrupted` (the error body, while the API server is unreachable and the watch retries) and `resumed`.
 */
export async function* podWatchMessages(kube: KubeClient, o: Omit<WatchOptions, 'signal'>, signal: AbortSignal): AsyncGenerator<SseMessage> {
  for await (const u of kube.watchPods({ ...o, signal })) {
    if (u.type === 'SYNC') yield { event: 'sync', data: { items: u.items, resourceVersion: u.resourceVersion } };
    else if (u.type === 'INTERRUPTED') yield { event: 'interrupted', data: toErrorBody(u.error) };
    else if (u.type === 'RESUMED') yield { event: 'resumed', data: {} };
    else yield { event: 'change', data: { type: u.type, object: u.object, resourceVersion: u.resourceVersion } };
  }
}
