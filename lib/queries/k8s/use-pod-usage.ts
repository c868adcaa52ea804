'use client';

import { useEffect, useMemo, useState } from 'react';
import { podKey, type PodUsage } from '@/lib/k8s/pod-list-view';
import { podListUsageQueries } from '@/lib/k8s/pod-promql';
import { usePromInstantQuery } from '../hooks';
import type { PromInstantResponse } from '../types';

const EVERY_MS = 30_000;

/** CPU and memory now (from Prometheus) against requests, per pod; refreshed every 30 s. Four queries for the whole list. */
export function usePodUsage(namespace?: string) {
  const [time, setTime] = useState(() => Math.floor(Date.now() / EVERY_MS) * EVERY_MS);
  useEffect(() => {
    const t = setInterval(() => setTime(Math.floor(Date.now() / EVERY_MS) * EVERY_MS), EVERY_MS);
    return () => clearInterval(t);
  }, []);
  const q = useMemo(() => podListUsageQueries(namespace), [namespace]);
  const cpu = usePromInstantQuery({ query: q.cpu, time });
  const memory = usePromInstantQuery({ query: q.memory, time });
  const cpuRequest = usePromInstantQuery({ query: q.cpuRequest, time });
  const memoryRequest = usePromInstantQuery({ query: q.memoryRequest, time });
  const usage = useMemo(() => {
    const out: PodUsage = new Map();
    const put = (r: PromInstantResponse | undefined, field: 'cpu' | 'memory' | 'cpuRequest' | 'memoryRequest') => {
      for (const s of r?.samples ?? []) {
        const k = podKey({ namespace: s.labels.namespace ?? '', name: s.labels.pod ?? '' });
        out.set(k, { ...out.get(k), [field]: s.value });
      }
    };
    put(cpu.data, 'cpu');
    put(memory.data, 'memory');
    put(cpuRequest.data, 'cpuRequest');
    put(memoryRequest.data, 'memoryRequest');
    return out;
  }, [cpu.data, memory.data, cpuRequest.data, memoryRequest.data]);
  return { usage, error: cpu.error ?? memory.error };
}
