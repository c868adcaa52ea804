/**
 * Lantern's overhead on the data path: the same Prometheus and Loki queries sent to the datasource and
 * through the console's /api routes, at a fixed concurrency, for a fixed number of requests.
 *
 *   npx tsx lib/devstack/bench/api-load.ts [--requests 2000] [--concurrency 8] [--max-seconds 60] [--warmup 100]
 *     [--accept-encoding gzip]
 *
 * Without --accept-encoding the requests ask for no compression; the console's own upstream requests
 * (Node's fetch) always send `Accept-Encoding: gzip, deflate, br`, so Prometheus compresses for it.
 * Starts the demo stack and the built console (run `npx next build` first), or uses LANTERN_URL,
 * PROMETHEUS_URL and LOKI_URL when LANTERN_URL is set. Prints a Markdown table on stdout.
 */
import os from 'node:os';
import { markdownTable, runLoad, type LoadOptions, type LoadResult } from './load';
import { startBenchTargets, type BenchTargets } from './stack-process';

function num(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : def;
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name} expects a positive number`);
  return v;
}

const PROMQL = 'sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="shop"}[1m]))';
const LOGQL = '{namespace="shop"} |= "error"';

interface Via {
  label: string;
  url: (i: number) => string;
}

interface Endpoint {
  name: string;
  /** The first entry is the baseline the ratios are computed against. */
  vias: Via[];
}

function endpoints(t: BenchTargets, endMs: number): Endpoint[] {
  const q = (base: string, path: string, params: Record<string, string | number>) =>
    `${base}${path}?${new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)]))}`;
  const sec = (ms: number) => (ms / 1000).toFixed(3);
  const promStart = endMs - 3600_000;
  const lokiStart = endMs - 15 * 60_000;
  const ns = (ms: number) => `${ms}000000`;
  const withBare = (base: string | undefined, make: (b: string) => string): Via[] =>
    base ? [{ label: 'demo server, no relay', url: () => make(base) }] : [];
  const promRange = (b: string) => q(b, '/api/v1/query_range', { query: PROMQL, start: sec(promStart), end: sec(endMs), step: 15 });
  const promInstant = (b: string) => q(b, '/api/v1/query', { query: PROMQL, time: sec(endMs) });
  const lokiRange = (b: string) =>
    q(b, '/loki/api/v1/query_range', { query: LOGQL, start: ns(lokiStart), end: ns(endMs), limit: 100, direction: 'backward' });
  return [
    {
      name: 'Prometheus query_range (1 h, 15 s step)',
      vias: [
        { label: 'PROMETHEUS_URL', url: () => promRange(t.prometheus) },
        { label: 'console /api/prometheus/query_range', url: () => q(t.console, '/api/prometheus/query_range', { query: PROMQL, start: promStart, end: endMs, step: 15 }) },
        ...withBare(t.prometheusDirect, promRange),
      ],
    },
    {
      name: 'Prometheus query (instant)',
      vias: [
        { label: 'PROMETHEUS_URL', url: () => promInstant(t.prometheus) },
        { label: 'console /api/prometheus/query', url: () => q(t.console, '/api/prometheus/query', { query: PROMQL, time: endMs }) },
        ...withBare(t.prometheusDirect, promInstant),
      ],
    },
    {
      name: 'Loki query_range (15 min, limit 100)',
      vias: [
        { label: 'LOKI_URL', url: () => lokiRange(t.loki) },
        { label: 'console /api/loki/query_range', url: () => q(t.console, '/api/loki/query_range', { query: LOGQL, start: lokiStart, end: endMs, limit: 100 }) },
        ...withBare(t.lokiDirect, lokiRange),
      ],
    },
  ];
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : 'n/a');

async function main() {
  const opts: LoadOptions = {
    requests: num('requests', 2000),
    concurrency: num('concurrency', 8),
    maxMs: num('max-seconds', 60) * 1000,
    warmup: num('warmup', 100),
  };
  const ae = process.argv.indexOf('--accept-encoding');
  if (ae >= 0) opts.headers = { 'accept-encoding': process.argv[ae + 1] };
  const log = (m: string) => console.error(`[bench] ${m}`);
  const targets = await startBenchTargets(log);
  const load0 = os.loadavg();
  const rows: (string | number)[][] = [];
  try {
    // A fixed end time aligned to the step, so every request asks for the same data.
    const endMs = Math.floor(Date.now() / 15_000) * 15_000;
    for (const ep of endpoints(targets, endMs)) {
      let base: LoadResult | undefined;
      for (const via of ep.vias) {
        log(`${ep.name} via ${via.label}...`);
        const r = await runLoad(via.url, opts);
        base ??= r;
        if (r.errors) log(`  ${r.errors} errors, first: ${r.firstError}`);
        rows.push([
          ep.name,
          via.label,
          `${r.completed}${r.timedOut ? ' (time limit)' : ''}`,
          r.errors,
          r.rps.toFixed(0),
          ms(r.p50),
          ms(r.p95),
          ms(r.p99),
          r === base ? '1.00' : (r.p50 / base.p50).toFixed(2),
          r === base ? '1.00' : (r.p99 / base.p99).toFixed(2),
          (r.meanBytes / 1024).toFixed(1),
        ]);
      }
    }
  } finally {
    await targets.close();
  }
  const load1 = os.loadavg();
  console.log(
    `${opts.requests} requests per row at concurrency ${opts.concurrency} (bounded to ${opts.maxMs / 1000} s), after ${opts.warmup} warm-up requests` +
      `${opts.headers ? `, with Accept-Encoding: ${opts.headers['accept-encoding']}` : ', without Accept-Encoding'}; ` +
      `${os.cpus().length} CPUs, Node ${process.versions.node}, load average ${load0[0].toFixed(2)} before, ${load1[0].toFixed(2)} after.\n`,
  );
  console.log(
    markdownTable(
      ['endpoint', 'via', 'requests', 'errors', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'p50 ratio', 'p99 ratio', 'KiB/response'],
      rows,
    ),
  );
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
