import 'server-only';
/** Pod logs for the pod page: a bounded read as entries, or a followed stream as SSE messages. */
import type { KubeClient } from './client';
import { parseKubeLog, takeLines, type KubeLogEntry } from './log-lines';
import type { SseMessage } from './sse';

/** Bytes read at most per request: enough for thousands of lines, small enough for the browser. */
export const LOG_LIMIT_BYTES = 2 * 1024 * 1024;

export interface PodLogRequest {
  container?: string;
  previous: boolean;
  start?: number;
  end?: number;
  sinceSeconds?: number;
  tailLines?: number;
}

export interface PodLogResult {
  entries: KubeLogEntry[];
  /** True when the API's byte cap cut the read: older or newer lines may exist. */
  truncated: boolean;
}

const since = (r: PodLogRequest) => (r.start !== undefined ? { sinceTime: new Date(r.start).toISOString() } : r.sinceSeconds ? { sinceSeconds: r.sinceSeconds } : {});

export async function readPodLog(kube: KubeClient, namespace: string, name: string, r: PodLogRequest, signal?: AbortSignal): Promise<PodLogResult> {
  const stream = await kube.podLogs(namespace, name, {
    container: r.container,
    previous: r.previous,
    timestamps: true,
    tailLines: r.tailLines,
    limitBytes: LOG_LIMIT_BYTES,
    signal,
    ...since(r),
  });
  const text = await new Response(stream).text();
  const endNs = r.end !== undefined ? BigInt(r.end) * 1_000_000n + 999_999n : undefined;
  const entries = parseKubeLog(text).filter((e) => endNs === undefined || BigInt(e.tsNs) <= endNs);
  return { entries, truncated: Buffer.byteLength(text) >= LOG_LIMIT_BYTES };
}

/** `follow=true`: batches of new lines as `lines` events until the container stops or the client leaves. */
export async function* followPodLog(kube: KubeClient, namespace: string, name: string, r: PodLogRequest, signal: AbortSignal): AsyncGenerator<SseMessage> {
  const stream = await kube.podLogs(namespace, name, { container: r.container, timestamps: true, tailLines: r.tailLines ?? 100, follow: true, signal, ...since(r) });
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      const { lines, rest } = takeLines(buffer + decoder.decode(value, { stream: true }));
      buffer = rest;
      if (lines) yield { event: 'lines', data: parseKubeLog(lines) };
    }
    if (buffer) yield { event: 'lines', data: parseKubeLog(buffer) };
    yield { event: 'end', data: {} };
  } finally {
    reader.cancel().catch(() => {});
  }
}
