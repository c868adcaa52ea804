/**
 * A closed-loop HTTP load generator: `concurrency` workers over keep-alive connections send GETs until
 * `requests` have completed or `maxMs` has passed, whichever comes first. Latency is measured from
 * sending the request to having read the whole body.
 */
import { Agent, request } from 'undici';

export interface LoadOptions {
  requests: number;
  concurrency: number;
  /** Hard bound on the measured phase; the run stops by itself when it is reached. */
  maxMs: number;
  /** Requests sent (and discarded) before measuring. */
  warmup: number;
  headers?: Record<string, string>;
}

export interface LoadResult {
  completed: number;
  errors: number;
  /** First non-2xx status or network error, to show why a run failed. */
  firstError?: string;
  elapsedMs: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  meanBytes: number;
  /** True when maxMs stopped the run before `requests` completed. */
  timedOut: boolean;
}

export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

/** `urlFor(i)` gives the URL of request i, so a run can vary its parameters if it needs to. */
export async function runLoad(urlFor: (i: number) => string, opts: LoadOptions): Promise<LoadResult> {
  const agent = new Agent({ connections: opts.concurrency, keepAliveTimeout: 30_000, pipelining: 1 });
  try {
    const latencies: number[] = [];
    let errors = 0;
    let bytes = 0;
    let firstError: string | undefined;
    const one = async (i: number) => {
      const t0 = performance.now();
      try {
        // A request in flight when the phase ends may finish; none may take more than 30 s.
        const res = await request(urlFor(i), { dispatcher: agent, headers: opts.headers, signal: AbortSignal.timeout(30_000) });
        const body = Buffer.from(await res.body.arrayBuffer());
        if (res.statusCode < 200 || res.statusCode > 299) throw new Error(`HTTP ${res.statusCode}: ${body.toString('utf8', 0, 200)}`);
        return { ms: performance.now() - t0, bytes: body.length };
      } catch (e) {
        errors++;
        firstError ??= (e as Error).message;
        return null;
      }
    };
    const phase = async (count: number, maxMs: number, record: boolean) => {
      const deadline = Date.now() + maxMs;
      let next = 0;
      const worker = async () => {
        while (next < count && Date.now() < deadline) {
          const r = await one(next++);
          if (r && record) {
            latencies.push(r.ms);
            bytes += r.bytes;
          }
        }
      };
      await Promise.all(Array.from({ length: opts.concurrency }, worker));
      return next;
    };
    await phase(opts.warmup, Math.min(opts.maxMs, 20_000), false);
    errors = 0;
    firstError = undefined;
    const t0 = performance.now();
    const sent = await phase(opts.requests, opts.maxMs, true);
    const elapsedMs = performance.now() - t0;
    const sorted = [...latencies].sort((a, b) => a - b);
    return {
      completed: latencies.length,
      errors,
      firstError,
      elapsedMs,
      rps: (latencies.length / elapsedMs) * 1000,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted[sorted.length - 1] ?? NaN,
      meanBytes: latencies.length ? bytes / latencies.length : 0,
      timedOut: sent < opts.requests,
    };
  } finally {
    await agent.close();
  }
}

/** A Markdown table from a header row and body rows. */
export function markdownTable(header: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
