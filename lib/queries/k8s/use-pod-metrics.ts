'use client';
import type { Unit } from '@/components/charts/units';

import { useMemo } from 'react';
import { podMetricQueries, type PodMetricQueries } from '@/lib/k8s/pod-promql';
import type { Matcher } from '@/lib/promql/escape';
import { alignRange, computeStepS } from '@/lib/time/step';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { usePromRangeQuery } from '../hooks';
import type { Series } from '../types';
import { named } from './metric-series';

export interface MetricChart {
  id: 'cpu' | 'memory' | 'network' | 'restarts';
  title: string;
  unit: Unit;
  series: Series[];
  loading: boolean;
  error: unknown;
  /** The main query, for Explore links and error positions. */
  query: string;
}

/**
 * The pod (or workload) charts on the page's range: CPU vs request and limit, memory working set vs limit, network,
 * restarts. Each chart carries its own loading state and error; one failing query blanks only its chart.
 */
export function usePodMetrics(matchers: Matcher[], range: ResolvedRange | null, by: 'container' | 'pod' = 'container') {
  const q: PodMetricQueries = useMemo(() => podMetricQueries(matchers, by), [JSON.stringify(matchers), by]); // eslint-disable-line react-hooks/exhaustive-deps
  const stepS = range ? computeStepS(range, { maxPoints: 400 }) : 60;
  const r = range ? alignRange(range, stepS) : { startMs: 0, endMs: 0 };
  const run = (query: string) => usePromRangeQuery({ query, start: r.startMs, end: r.endMs, step: stepS }, { enabled: range !== null }); // eslint-disable-line react-hooks/rules-of-hooks
  const cpu = run(q.cpu);
  const cpuReq = run(q.cpuRequest);
  const cpuLim = run(q.cpuLimit);
  const mem = run(q.memory);
  const memLim = run(q.memoryLimit);
  const rx = run(q.networkReceive);
  const tx = run(q.networkTransmit);
  const restarts = run(q.restarts);
  const ooms = run(q.oomEvents);
  const charts: MetricChart[] = [
    {
      id: 'cpu',
      title: 'CPU (cores) vs request and limit',
      unit: 'short',
      series: [...named(cpu.data?.series, by, 'usage'), ...named(cpuReq.data?.series, by, 'request'), ...named(cpuLim.data?.series, by, 'limit')],
      loading: cpu.isLoading,
      error: cpu.error,
      query: q.cpu,
    },
    { id: 'memory', title: 'Memory working set vs limit', unit: 'bytes', series: [...named(mem.data?.series, by, 'working set'), ...named(memLim.data?.series, by, 'limit')], loading: mem.isLoading, error: mem.error, query: q.memory },
    { id: 'network', title: 'Network (bytes/s)', unit: 'bytes', series: [...named(rx.data?.series, by === 'container' ? 'pod' : by, 'receive'), ...named(tx.data?.series, by === 'container' ? 'pod' : by, 'transmit')], loading: rx.isLoading, error: rx.error, query: q.networkReceive },
    { id: 'restarts', title: 'Restarts', unit: 'short', series: named(restarts.data?.series, by === 'container' ? 'container' : 'pod', 'restarts'), loading: restarts.isLoading, error: restarts.error, query: q.restarts },
  ];
  return { charts, restartSeries: restarts.data?.series, oomSeries: ooms.data?.series, range: r, stepS };
}
