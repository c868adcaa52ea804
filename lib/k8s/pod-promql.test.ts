import { describe, expect, it } from 'vitest';
import { nodeQueries, podHistoryQueries, podListUsageQueries, podMatchers, podMetricQueries } from './pod-promql';

describe('pod PromQL', () => {
  it('escapes names and keeps per-container grouping', () => {
    const q = podMetricQueries(podMatchers('shop', 'x"} or vector(1) #'));
    expect(q.cpu).toBe('sum by (container) (rate(container_cpu_usage_seconds_total{namespace="shop", pod="x\\"} or vector(1) #", container!="", container!="POD"}[5m]))');
    expect(q.oomEvents).toBe('max by (pod) (container_oom_events_total{namespace="shop", pod="x\\"} or vector(1) #"})');
    expect(q.memoryLimit).toBe('sum by (container) (kube_pod_container_resource_limits{namespace="shop", pod="x\\"} or vector(1) #", resource="memory"})');
  });

  it('matches a workload\'s pods literally in a regex, and nothing for none', () => {
    expect(podMatchers('shop', ['a.b', 'c'])[1]).toEqual({ name: 'pod', op: '=~', value: 'a\\.b|c' });
    expect(podMatchers('shop', [])[1].value).toBe('$^');
    expect(podMetricQueries(podMatchers('shop', ['a']), 'pod').restarts).toBe('max by (pod, container) (kube_pod_container_status_restarts_total{namespace="shop", pod=~"a"})');
  });

  it('list, history and node queries', () => {
    expect(podListUsageQueries().cpu).toBe('sum by (namespace, pod) (rate(container_cpu_usage_seconds_total{container!="", container!="POD"}[5m]))');
    expect(podHistoryQueries('shop', 'p').containers).toBe('max by (container, image) (kube_pod_container_info{namespace="shop", pod="p"})');
    expect(nodeQueries('172.18.0.3').cpu).toBe('1 - avg(rate(node_cpu_seconds_total{instance=~"172\\\\.18\\\\.0\\\\.3(:\\\\d+)?", mode="idle"}[5m]))');
  });
});
