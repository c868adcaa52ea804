/**
 * The attack suite for namespace scoping (issue 6): a principal allowed only `shop` sends hundreds of crafted PromQL
 * and LogQL queries and metadata calls, through the scoped clients every route uses, to a real Prometheus scraping the
 * demo exporters and to the demo Loki (contract-tested against Loki 2.7.5), both holding data of five namespaces.
 * Nothing that comes back may carry a label value, series or line that exists only in another namespace: values the
 * query itself spells out (label_replace, label_format, absent) are the attacker's own and allowed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RequestError } from '@/lib/api/errors';
import { UpstreamError } from '@/lib/datasources/errors';
import { createLokiClient, type LokiClient } from '@/lib/datasources/loki';
import { createPrometheusClient, type PrometheusClient } from '@/lib/datasources/prometheus';
import type { InstantResult, Labels } from '@/lib/datasources/types';
import { DemoCluster } from '@/lib/devstack/cluster/cluster';
import { NAMESPACES } from '@/lib/devstack/cluster/topology';
import { startLokiServer, type LokiServer } from '@/lib/devstack/loki';
import { startMetricsExporters, type MetricsExporters } from '@/lib/devstack/metrics';
import { hasPrometheus as hasPrometheusBinary } from '@/lib/devstack/prometheus/binary';
import { startPrometheus, type RunningPrometheus } from '@/lib/devstack/prometheus/start';
import type { Principal } from './principal';
import { scopeLoki, scopePrometheus } from './scoped-datasources';

const hasPrometheus = hasPrometheusBinary();

const ALLOWED = ['shop'];
const FOREIGN = NAMESPACES.filter((n) => !ALLOWED.includes(n));
const restricted: Principal = { user: 'mallory', role: 'viewer', groups: [], namespaces: ALLOWED, via: 'session' };
const nobody: Principal = { user: 'nobody', role: 'viewer', groups: [], namespaces: [], via: 'session' };
const admin: Principal = { user: 'root', role: 'admin', groups: [], namespaces: null, via: 'session' };

const METRICS = [
  'up',
  'kube_pod_info',
  'container_cpu_usage_seconds_total',
  'container_memory_working_set_bytes',
  'kube_pod_container_status_restarts_total',
  'http_requests_total',
  'kube_pod_status_phase',
  'node_cpu_seconds_total',
];

/**
 * Labels that name what a series or stream belongs to. A value of one of these that exists only outside the allowed
 * namespace is a leak wherever it shows up (counts, methods or status codes are shared by every namespace).
 */
const IDENTITY_LABELS = ['namespace', 'pod', 'container', 'app', 'job', 'instance', 'service', 'deployment', 'statefulset', 'daemonset', 'replicaset', 'job_name', 'owner_name', 'created_by_name', 'uid', 'pod_ip', 'persistentvolumeclaim'];

/** PromQL shapes around a metric `M`; several try to read other namespaces or drop the namespace label. */
const PROM_SHAPES = [
  'M',
  '{__name__="M"}',
  'M{namespace="payments"}',
  'M{namespace!="shop"}',
  'M{namespace=~".*"}',
  'M{namespace=~"shop|payments|kube-system"}',
  'M{namespace=""}',
  'M{namespace=~"shop.*|.+"}',
  'rate(M[1m])',
  'sum by (namespace, pod) (rate(M[5m]))',
  'sum without (namespace) (M)',
  'M offset 5m',
  'max_over_time(M[10m:1m])',
  'max_over_time(rate(M{namespace="payments"}[1m])[10m:1m])',
  'M or on() vector(1)',
  'vector(1) or M{namespace="payments"}',
  'M{namespace="payments"} or M{namespace="kube-system"}',
  'M unless M{namespace="shop"}',
  'M and on(pod) M{namespace="kube-system"}',
  'absent(M{namespace="payments"})',
  'label_replace(M, "leak", "$1", "namespace", "(.*)")',
  'label_replace(M{namespace="payments"}, "namespace", "shop", "", "")',
  'count by (namespace) (M)',
  'topk(3, M)',
  'group by (pod) (M)',
  'count_values("v", M)',
  'sort_desc(M)',
  'timestamp(M)',
  '{__name__=~"M|up", namespace=~"payments"}',
  'M * on(namespace) group_left() count by (namespace) (kube_pod_info{namespace="payments"})',
];

/** LogQL: selectors that try to widen the scope, times pipelines that try to relabel or hide it. */
const LOG_SELECTORS = [
  '{namespace="payments"}',
  '{namespace=~".+"}',
  '{namespace!="shop"}',
  '{namespace=~"shop|payments"}',
  '{namespace="shop"}',
  '{app=~".+"}',
  '{pod=~".+", namespace!=""}',
  '{container=~".+"}',
];
const LOG_PIPELINES = ['', ' |= "error"', ' | json', ' | logfmt', ' | label_format namespace="shop"', ' | drop namespace', ' | line_format "{{.namespace}} {{.pod}}"', ' |~ "(?i)payment"'];
const LOG_METRICS = [
  'count_over_time(S [5m])',
  'sum by (namespace, pod) (rate(S [1m]))',
  'topk(3, sum by (pod) (count_over_time(S [5m])))',
  'sum(count_over_time(S [5m])) or vector(0)',
  'sum by (namespace) (count_over_time(S | label_format namespace="shop" [5m]))',
];

describe.skipIf(!hasPrometheus)('namespace scoping against real Prometheus and the Loki contract server', () => {
  const cluster = new DemoCluster();
  let ex: MetricsExporters;
  let prom: RunningPrometheus;
  let lokiServer: LokiServer;
  let promAdmin: PrometheusClient;
  let promUser: PrometheusClient;
  let lokiAdmin: LokiClient;
  let lokiUser: LokiClient;
  /** Label values and log lines that exist only outside the allowed namespace. */
  const foreignValues = new Set<string>();
  const foreignLines = new Set<string>();
  const foreignPods = new Set<string>();
  let startMs = 0;
  let endMs = 0;
  let checked = 0;

  beforeAll(async () => {
    ex = await startMetricsExporters({ cluster });
    prom = await startPrometheus({ targets: ex.targets, cluster, backfillHours: 1, scrapeIntervalSeconds: 2 });
    lokiServer = await startLokiServer({ cluster });
    promAdmin = createPrometheusClient({ url: prom.url });
    lokiAdmin = createLokiClient({ url: lokiServer.url });
    promUser = scopePrometheus(promAdmin, restricted);
    lokiUser = scopeLoki(lokiAdmin, restricted);
    endMs = cluster.now();
    startMs = endMs - 30 * 60_000;

    // What exists inside and outside `shop`, as the unrestricted client sees it.
    const inside = new Set<string>();
    const outside = new Set<string>();
    const identities = (s: Labels) => IDENTITY_LABELS.flatMap((k) => (s[k] === undefined ? [] : [s[k]]));
    for (const s of (await promAdmin.series(['{__name__=~".+"}'], startMs, endMs)).data) {
      if (s.namespace !== undefined && ALLOWED.includes(s.namespace)) for (const v of Object.values(s)) inside.add(v);
      else for (const v of identities(s)) outside.add(v);
      if (s.namespace && !ALLOWED.includes(s.namespace) && s.pod) foreignPods.add(s.pod);
    }
    for (const s of await lokiAdmin.series(['{namespace=~".+"}'], startMs, endMs)) {
      if (ALLOWED.includes(s.namespace!)) for (const v of Object.values(s)) inside.add(v);
      else for (const v of identities(s)) outside.add(v);
      if (!ALLOWED.includes(s.namespace!) && s.pod) foreignPods.add(s.pod);
    }
    for (const v of outside) if (!inside.has(v)) foreignValues.add(v);
    const lines = async (ns: readonly string[]) => {
      const r = await lokiAdmin.queryRange(`{namespace=~"${ns.join('|')}"}`, BigInt(startMs) * 1_000_000n, BigInt(endMs) * 1_000_000n, { limit: 5000 });
      return r.data.resultType === 'streams' ? r.data.entries.map((e) => e.line) : [];
    };
    const allowedLines = new Set(await lines(ALLOWED));
    for (const l of await lines(FOREIGN)) if (!allowedLines.has(l)) foreignLines.add(l);
    // the suite means something only if other namespaces hold data
    expect(FOREIGN.every((n) => foreignValues.has(n))).toBe(true);
    expect(foreignPods.size).toBeGreaterThan(10);
    expect(foreignLines.size).toBeGreaterThan(100);
    // every target scraped at least once in the live window (the backfill covers the hour before)
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      const { data } = await promAdmin.query('count(up)');
      if (data.resultType === 'vector' && data.samples[0]?.value === ex.targets.length + 1) break;
      await new Promise((r) => setTimeout(r, 500));
    }
  }, 180_000);

  afterAll(async () => {
    await Promise.allSettled([prom?.close(), ex?.close(), lokiServer?.close()]);
  });

  /** A label set the restricted user may see: no foreign-only value unless the query spelled it out. */
  function assertLabels(labels: Labels, query: string) {
    checked++;
    for (const [k, v] of Object.entries(labels)) {
      if (query.includes(v)) continue;
      expect(foreignValues.has(v), `${query} returned ${k}=${JSON.stringify(v)} from another namespace`).toBe(false);
      if (k === 'namespace') expect(ALLOWED, `${query} returned namespace ${v}`).toContain(v);
    }
  }

  function assertResult(r: InstantResult, query: string) {
    if (r.resultType === 'vector') for (const s of r.samples) assertLabels(s.labels, query);
    if (r.resultType === 'matrix') for (const s of r.series) assertLabels(s.labels, query);
  }

  /** Refusals are fine (the grammar, or the demo Loki's subset of LogQL, said no); anything else must be data the user may see. */
  async function attempt(what: string, call: () => Promise<void>) {
    try {
      await call();
    } catch (e) {
      if ((e instanceof RequestError || e instanceof UpstreamError) && (e.status === 400 || e.status === 403)) return 'refused';
      throw new Error(`${what}: ${(e as Error).message}`);
    }
    return 'answered';
  }

  it('PromQL: instant and range queries never return another namespace', async () => {
    const queries = METRICS.flatMap((m) => PROM_SHAPES.map((s) => s.replaceAll('M', m)));
    expect(queries.length).toBeGreaterThanOrEqual(240);
    const outcomes = { answered: 0, refused: 0 };
    for (const query of queries) {
      outcomes[await attempt(query, async () => assertResult((await promUser.query(query, endMs)).data, query))]++;
    }
    for (const query of queries.filter((_, i) => i % 4 === 0)) {
      outcomes[await attempt(query, async () => {
        for (const s of (await promUser.queryRange(query, startMs, endMs, 60)).data) assertLabels(s.labels, query);
      })]++;
    }
    // most queries are answered (with allowed data), not merely refused
    expect(outcomes.answered).toBeGreaterThan(outcomes.refused * 5);
  });

  it('PromQL: counts over everything equal the counts over the allowed namespace', async () => {
    for (const m of METRICS) {
      const mine = (await promUser.query(`count(${m})`, endMs)).data;
      const truth = (await promAdmin.query(`count(${m}{namespace=~"${ALLOWED.join('|')}"})`, endMs)).data;
      const value = (r: InstantResult) => (r.resultType === 'vector' ? (r.samples[0]?.value ?? 0) : NaN);
      expect(value(mine), m).toBe(value(truth));
    }
    const everything = (await promAdmin.query('count({__name__=~".+"})', endMs)).data;
    const mine = (await promUser.query('count({__name__=~".+"})', endMs)).data;
    expect(mine.resultType === 'vector' && everything.resultType === 'vector' && mine.samples[0]!.value < everything.samples[0]!.value).toBe(true);
  });

  it('Prometheus metadata: series, labels, label values, targets and alerts stay inside', async () => {
    const matches = [undefined, ['up'], ['{namespace="payments"}'], ['{__name__=~".+"}'], ['kube_pod_info{namespace=~".+"}', 'up{job=~".+"}']];
    for (const match of matches) {
      const q = JSON.stringify(match ?? []);
      for (const s of (await promUser.series(match ?? ['{__name__=~".+"}'], startMs, endMs)).data) assertLabels(s, q);
      for (const name of ['namespace', 'pod', 'job', 'instance', 'node', 'container']) {
        for (const v of (await promUser.labelValues(name, match, startMs, endMs)).data) assertLabels({ [name]: v }, q);
      }
      for (const name of (await promUser.labels(match, startMs, endMs)).data) expect(typeof name).toBe('string');
    }
    expect((await promUser.labels(undefined, startMs, endMs)).data).toContain('pod');
    for (const t of (await promUser.targets()).activeTargets) assertLabels(t.labels, '');
    for (const a of (await promUser.alerts()).alerts) assertLabels(a.labels, '');
    await expect(promUser.rules()).rejects.toMatchObject({ status: 403 });
    // namespace values: exactly the allowed one
    expect((await promUser.labelValues('namespace', undefined, startMs, endMs)).data).toEqual(ALLOWED);
  });

  it('LogQL: log and metric queries never return a line or label of another namespace', async () => {
    const logQueries = LOG_SELECTORS.flatMap((s) => LOG_PIPELINES.map((p) => s + p));
    const metricQueries = LOG_SELECTORS.flatMap((s) => LOG_METRICS.map((m) => m.replaceAll('S', s)));
    expect(logQueries.length + metricQueries.length).toBeGreaterThanOrEqual(100);
    const start = BigInt(startMs) * 1_000_000n;
    const end = BigInt(endMs) * 1_000_000n;
    let lines = 0;
    for (const query of logQueries) {
      await attempt(query, async () => {
        const r = await lokiUser.queryRange(query, start, end, { limit: 500 });
        if (r.data.resultType !== 'streams') throw new Error(`${query}: ${r.data.resultType}`);
        for (const e of r.data.entries) {
          lines++;
          assertLabels(e.labels, query);
          expect(foreignLines.has(e.line), `${query} returned a line of another namespace: ${e.line}`).toBe(false);
          for (const pod of foreignPods) if (e.line.includes(pod)) throw new Error(`${query} returned ${pod} in ${e.line}`);
        }
      });
    }
    expect(lines).toBeGreaterThan(1000);
    for (const query of metricQueries) {
      await attempt(query, async () => {
        const r = await lokiUser.queryRange(query, start, end, { step: 60 });
        if (r.data.resultType === 'streams') throw new Error(`${query}: streams`);
        assertResult(r.data, query);
      });
      await attempt(query, async () => {
        const r = await lokiUser.query(query, end);
        if (r.data.resultType !== 'streams') assertResult(r.data, query);
      });
    }
  });

  it('Loki metadata: labels, label values and series stay inside', async () => {
    const start = BigInt(startMs) * 1_000_000n;
    const end = BigInt(endMs) * 1_000_000n;
    const names = await lokiUser.labels(start, end);
    expect(names).toContain('namespace');
    for (const name of names) {
      for (const query of [undefined, '{namespace="payments"}', '{namespace=~".+"}']) {
        for (const v of await lokiUser.labelValues(name, start, end, query)) assertLabels({ [name]: v }, query ?? '');
      }
    }
    expect(await lokiUser.labelValues('namespace', start, end)).toEqual(ALLOWED);
    for (const match of [['{namespace="payments"}'], ['{namespace=~".+"}', '{app=~".+"}'], []]) {
      for (const s of await lokiUser.series(match, start, end)) assertLabels(s, match.join());
    }
  });

  it('a principal with no namespace gets nothing at all, and says why', async () => {
    const none = { prom: scopePrometheus(promAdmin, nobody), loki: scopeLoki(lokiAdmin, nobody) };
    await expect(none.prom.query('up', endMs)).rejects.toMatchObject({ status: 403, message: expect.stringContaining('may not read any namespace') });
    await expect(none.prom.series(['up'], startMs, endMs)).rejects.toMatchObject({ status: 403 });
    await expect(none.loki.queryRange('{namespace="shop"}', 0n, 1n)).rejects.toMatchObject({ status: 403 });
    await expect(none.loki.labels(0n, 1n)).rejects.toMatchObject({ status: 403 });
  });

  it('an unrestricted principal gets the raw clients', () => {
    expect(scopePrometheus(promAdmin, admin)).toBe(promAdmin);
    expect(scopeLoki(lokiAdmin, admin)).toBe(lokiAdmin);
  });

  afterAll(() => {
    // the whole suite checked at least this many label sets (each one a chance to leak)
    expect(checked).toBeGreaterThan(300);
  });
});
