import 'server-only';
/** Pod logs as a web ReadableStream; stream failures surface as a KubeError from read(), aborting ends it quietly. */
import { type CallOptions, type Connection, streamGet } from './connection';
import { KubeError, toKubeError } from './errors';

export interface PodLogOptions extends CallOptions {
  /** Required when the pod has more than one container. */
  container?: string;
  /** The previous (terminated) instance of the container. */
  previous?: boolean;
  tailLines?: number;
  sinceSeconds?: number;
  /** RFC 3339; at most one of sinceSeconds and sinceTime. */
  sinceTime?: string;
  /** Prefix each line with its RFC 3339 timestamp and a space. */
  timestamps?: boolean;
  limitBytes?: number;
  /** Keep the stream open for new lines until the container stops or the signal aborts. */
  follow?: boolean;
}

export async function podLogs(conn: Connection, namespace: string, name: string, o: PodLogOptions = {}): Promise<ReadableStream<Uint8Array>> {
  const ctx = { verb: 'get', resource: 'pods/log', namespace };
  const signal = o.signal ?? new AbortController().signal;
  const res = await streamGet(
    conn,
    `/api/v1/namespaces/${encodeURIComponent(namespace)}/pods/${encodeURIComponent(name)}/log`,
    {
      container: o.container,
      previous: o.previous || undefined,
      tailLines: o.tailLines,
      sinceSeconds: o.sinceSeconds,
      sinceTime: o.sinceTime,
      timestamps: o.timestamps || undefined,
      limitBytes: o.limitBytes,
      follow: o.follow || undefined,
    },
    signal,
    o.timeoutMs ?? conn.timeoutMs,
    ctx,
  );
  const body = res.body as ReadableStream<Uint8Array> | null;
  if (!body) return new ReadableStream({ start: (c) => c.close() });
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (e) {
        if (signal.aborted) controller.close();
        else controller.error(e instanceof KubeError ? e : toKubeError(e, ctx, conn.server));
      }
    },
    cancel(reason) {
      return reader.cancel(reason).catch(() => {});
    },
  });
}
