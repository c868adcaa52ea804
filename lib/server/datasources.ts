import 'server-only';
import { createLokiClient, type LokiClient } from '../datasources/loki';
import { createPrometheusClient, type PrometheusClient } from '../datasources/prometheus';
import { notConfigured } from '../api/errors';
import { env } from '../env';
import { createKubeClient, type KubeClient } from '../k8s';
import { observeUpstream } from './metrics';

/**
 * The configured datasources, created once per process from lib/env.ts. Every method call is timed and
 * counted per upstream endpoint (/metrics). A datasource that is not configured throws a 503 that names
 * the variable to set.
 */

type AnyFn = (...args: never[]) => unknown;

function instrument<T extends object>(datasource: string, client: T): T {
  return new Proxy(client, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function' || typeof prop !== 'string') return value;
      return (...args: unknown[]) => {
        const result = (value as AnyFn).apply(target, args as never[]);
        return result instanceof Promise ? observeUpstream(datasource, prop, () => result) : result;
      };
    },
  });
}

const g = globalThis as unknown as { lanternDatasources?: { prometheus?: PrometheusClient; loki?: LokiClient; kube?: KubeClient } };
const cache = (g.lanternDatasources ??= {});

export function prometheus(): PrometheusClient {
  const cfg = env().prometheus;
  if (!cfg) throw notConfigured('prometheus', 'PROMETHEUS_URL');
  return (cache.prometheus ??= instrument('prometheus', createPrometheusClient(cfg)));
}

export function loki(): LokiClient {
  const cfg = env().loki;
  if (!cfg) throw notConfigured('loki', 'LOKI_URL');
  return (cache.loki ??= instrument('loki', createLokiClient(cfg)));
}

export function kube(): KubeClient {
  const source = env().kubernetes;
  if (source.kind === 'none') throw notConfigured('kubernetes', 'KUBECONFIG (or run in a cluster)');
  return (cache.kube ??= instrument(
    'kubernetes',
    createKubeClient(source.kind === 'kubeconfig' ? { kubeconfigPath: source.path, timeoutMs: 30_000 } : { inCluster: true, timeoutMs: 30_000 }),
  ));
}

export const configured = () => ({
  prometheus: env().prometheus !== null,
  loki: env().loki !== null,
  kubernetes: env().kubernetes.kind !== 'none',
});
