import 'server-only';
import type { EventSummary, PodSummary } from '../k8s/types';
import { kube } from '../server/datasources';

const LOG_BYTES = 256 * 1024;

/** The pod's events, oldest first (a timeline). */
export async function podEvents(pod: PodSummary, signal?: AbortSignal): Promise<EventSummary[]> {
  const page = await kube().listEvents({
    namespace: pod.namespace,
    fieldSelector: `involvedObject.name=${pod.name},involvedObject.kind=Pod`,
    signal,
  });
  return page.items.sort((a, b) => (a.lastTimestamp ?? '').localeCompare(b.lastTimestamp ?? ''));
}

/** The last lines of one container's log (current or previous instance) as text, capped in size. */
export async function recentLogs(pod: PodSummary, container: string, previous: boolean, tailLines = 200): Promise<string> {
  const stream = await kube().podLogs(pod.namespace, pod.name, { container, previous, tailLines, timestamps: true, limitBytes: LOG_BYTES });
  return new Response(stream).text();
}
