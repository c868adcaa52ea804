import 'server-only';
/**
 * The datasources as one principal may use them: the single place where namespace-scoped access is enforced, like
 * prom-label-proxy but in-process. Routes and server components call `prometheusFor(p)`, `lokiFor(p)`, `kubeFor(p)`
 * instead of the raw clients; for a principal with every namespace (`namespaces === null`) they are the raw clients.
 *
 * - PromQL and LogQL: every selector gets `namespace=~"a|b"` through the grammars (lib/promql/scope.ts,
 *   lib/logql/scope.ts); `match[]` of series, labels and label values likewise, and without one the scope itself is
 *   the selector. Loki 2.7 cannot confine label names or values to a selector, so those are read off the scoped
 *   series instead.
 * - Kubernetes: reads in another namespace are refused with 403; lists without a namespace are filtered (or asked
 *   of the one allowed namespace); cluster-scoped objects (nodes) need every namespace.
 * - Prometheus targets and alerts are filtered by their namespace label; rule definitions are cluster-wide text
 *   (their expressions name other namespaces), so they need every namespace.
 */
import { RequestError } from '../api/errors';
import type { LokiClient } from '../datasources/loki';
import type { PrometheusClient } from '../datasources/prometheus';
import type { KubeClient } from '../k8s';
import type { ListOptions } from '../k8s/reads';
import type { Page } from '../k8s/types';
import type { WatchOptions, WatchUpdate } from '../k8s/watch';
import { scopeLogql, scopeStreamSelectors } from '../logql/scope';
import { type LabelScope, ScopeError, scopeMatchSelectors, scopePromql } from '../promql/scope';
import { kube, loki, prometheus } from '../server/datasources';
import type { Principal } from './principal';

/** The label that carries the namespace in Prometheus series and Loki streams (kube-prometheus, Promtail, Alloy). */
export const NAMESPACE_LABEL = 'namespace';

/** The principal's label scope, or null when it may see every namespace. */
export function labelScope(p: Principal): LabelScope | null {
  return p.namespaces === null ? null : { label: NAMESPACE_LABEL, values: p.namespaces };
}

export const forbidden = (message: string, datasource?: string) => new RequestError(403, 'forbidden', message, datasource);

function noNamespace(p: Principal, datasource?: string) {
  return forbidden(`${p.user} may not read any namespace: ask an admin for an access rule`, datasource);
}

/** Run a rewriter; its ScopeError becomes a 400 (a query that does not parse) or a 403 (nothing allowed). */
function confine<T>(p: Principal, datasource: string, rewrite: () => T): T {
  try {
    return rewrite();
  } catch (e) {
    if (!(e instanceof ScopeError)) throw e;
    if (p.namespaces?.length === 0) throw noNamespace(p, datasource);
    throw new RequestError(400, 'bad_data', e.message, datasource);
  }
}

/** True when the principal may read objects in `namespace`. */
export function mayRead(p: Principal, namespace: string): boolean {
  return p.namespaces === null || p.namespaces.includes(namespace);
}

function inScope(p: Principal, labels: Record<string, string> | undefined): boolean {
  const ns = labels?.[NAMESPACE_LABEL];
  return ns !== undefined && mayRead(p, ns);
}

export const prometheusFor = (p: Principal): PrometheusClient => scopePrometheus(prometheus(), p);
export const lokiFor = (p: Principal): LokiClient => scopeLoki(loki(), p);
export const kubeFor = (p: Principal): KubeClient => scopeKube(kube(), p);

/** `client` as `p` may use it. */
export function scopePrometheus(client: PrometheusClient, p: Principal): PrometheusClient {
  const scope = labelScope(p);
  if (!scope) return client;
  const q = (query: string) => confine(p, 'prometheus', () => scopePromql(query, scope));
  const m = (match: readonly string[] | undefined) => confine(p, 'prometheus', () => scopeMatchSelectors(match, scope));
  return {
    ...client,
    query: async (query, time, opts) => client.query(q(query), time, opts),
    queryRange: async (query, start, end, step, opts) => client.queryRange(q(query), start, end, step, opts),
    series: async (match, start, end, opts) => client.series(m(match), start, end, opts),
    labels: async (match, start, end, opts) => client.labels(m(match), start, end, opts),
    labelValues: async (name, match, start, end, opts) => client.labelValues(name, m(match), start, end, opts),
    targets: async (state, opts) => {
      const t = await client.targets(state, opts);
      return { activeTargets: t.activeTargets.filter((x) => inScope(p, x.labels)), droppedTargets: [] };
    },
    alerts: async (opts) => {
      const a = await client.alerts(opts);
      return { alerts: a.alerts.filter((x) => inScope(p, x.labels)) };
    },
    rules: async () => {
      throw forbidden('alerting and recording rules are cluster-wide: reading them needs access to every namespace', 'prometheus');
    },
  };
}

/** `client` as `p` may use it. */
export function scopeLoki(client: LokiClient, p: Principal): LokiClient {
  const scope = labelScope(p);
  if (!scope) return client;
  const q = (query: string) => confine(p, 'loki', () => scopeLogql(query, scope));
  const sel = (query: string | undefined) => confine(p, 'loki', () => scopeStreamSelectors(query === undefined ? undefined : [query], scope)[0]!);
  const scopedSeries: LokiClient['series'] = async (match, start, end, opts) =>
    client.series(
      confine(p, 'loki', () => scopeStreamSelectors(match, scope)),
      start,
      end,
      opts,
    );
  return {
    ...client,
    query: async (query, time, limit, direction, opts) => client.query(q(query), time, limit, direction, opts),
    queryRange: async (query, start, end, opts) => client.queryRange(q(query), start, end, opts),
    series: scopedSeries,
    labels: async (start, end, opts) => {
      const names = new Set<string>();
      for (const s of await scopedSeries([], start, end, opts)) for (const k of Object.keys(s)) names.add(k);
      return [...names].sort();
    },
    labelValues: async (name, start, end, query, opts) => {
      const values = new Set<string>();
      for (const s of await scopedSeries(query === undefined ? [] : [query], start, end, opts)) if (s[name] !== undefined) values.add(s[name]);
      return [...values].sort();
    },
    volume: async (query, start, end, opts) => client.volume(sel(query), start, end, opts),
    volumeRange: async (query, start, end, opts) => client.volumeRange(sel(query), start, end, opts),
    detectedFields: async (query, start, end, opts) => client.detectedFields(q(query), start, end, opts),
    patterns: async (query, start, end, opts) => client.patterns(q(query), start, end, opts),
    tail: (query, opts) => client.tail(q(query), opts),
  };
}

/** `client` as `p` may use it. */
export function scopeKube(client: KubeClient, p: Principal): KubeClient {
  if (p.namespaces === null) return client;
  const allowed = p.namespaces;
  const check = (verb: string, resource: string, namespace: string) => {
    if (!mayRead(p, namespace)) throw forbidden(`${p.user} cannot ${verb} ${resource} in namespace ${namespace}`, 'kubernetes');
  };
  const clusterScoped = (resource: string) => async (): Promise<never> => {
    throw forbidden(`${resource} are cluster-scoped: reading them needs access to every namespace`, 'kubernetes');
  };
  /** A namespaced list: the asked namespace if allowed, the one allowed namespace, or every namespace filtered. */
  const list =
    <T extends { namespace: string }>(resource: string, call: (o?: ListOptions) => Promise<Page<T>>) =>
    async (o: ListOptions = {}): Promise<Page<T>> => {
      if (o.namespace !== undefined) {
        check('list', resource, o.namespace);
        return call(o);
      }
      if (allowed.length === 0) throw noNamespace(p, 'kubernetes');
      if (allowed.length === 1) return call({ ...o, namespace: allowed[0] });
      const page = await call(o);
      return { ...page, items: page.items.filter((x) => allowed.includes(x.namespace)) };
    };
  const watch =
    <T extends { namespace: string }>(resource: string, call: (o: WatchOptions) => AsyncIterable<WatchUpdate<T>>) =>
    (o: WatchOptions): AsyncIterable<WatchUpdate<T>> => {
      if (o.namespace !== undefined) {
        check('watch', resource, o.namespace);
        return call(o);
      }
      if (allowed.length === 0) throw noNamespace(p, 'kubernetes');
      if (allowed.length === 1) return call({ ...o, namespace: allowed[0] });
      return (async function* () {
        for await (const u of call(o)) {
          if (u.type === 'SYNC') yield { ...u, items: u.items.filter((x) => allowed.includes(x.namespace)) };
          else if (u.type === 'INTERRUPTED' || u.type === 'RESUMED' || allowed.includes(u.object.namespace)) yield u;
        }
      })();
    };
  return {
    ...client,
    listNamespaces: async (o) => {
      const page = await client.listNamespaces(o);
      return { ...page, items: page.items.filter((n) => allowed.includes(n.name)) };
    },
    listNodes: clusterScoped('nodes'),
    getNode: clusterScoped('nodes'),
    listPods: list('pods', client.listPods),
    listEvents: list('events', client.listEvents),
    listDeployments: list('deployments', client.listDeployments),
    listReplicaSets: list('replicasets', client.listReplicaSets),
    listStatefulSets: list('statefulsets', client.listStatefulSets),
    listDaemonSets: list('daemonsets', client.listDaemonSets),
    listJobs: list('jobs', client.listJobs),
    getPod: async (ns, name, o) => (check('get', 'pods', ns), client.getPod(ns, name, o)),
    getPodObject: async (ns, name, o) => (check('get', 'pods', ns), client.getPodObject(ns, name, o)),
    getWorkload: async (kind, ns, name, o) => (check('get', `${kind.toLowerCase()}s`, ns), client.getWorkload(kind, ns, name, o)),
    podLogs: async (ns, name, o) => (check('get', 'pods/log', ns), client.podLogs(ns, name, o)),
    watchPods: watch('pods', client.watchPods),
    watchEvents: watch('events', client.watchEvents),
  };
}
