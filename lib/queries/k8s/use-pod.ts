'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { OwnerRef, PodSummary, WorkloadKind } from '@/lib/k8s/types';
import { ApiError, apiUrl } from '../api';
import { k8sApi, type PodLogEntry, type PodLogParams } from './client';
import { k8sKeys } from './keys';

const LIVE = { refetchInterval: 15_000, retry: false } as const;

/** The pod and its owner chain; refetched every 15 s (the page's own watch is the list's). 404 is an answer, not a retry. */
export function usePod(namespace: string, name: string, initial?: { data: { pod: PodSummary; owners: OwnerRef[] }; atMs: number }) {
  return useQuery({
    queryKey: k8sKeys.pod(namespace, name),
    queryFn: ({ signal }) => k8sApi.pod(namespace, name, signal),
    // The server page already read the pod: start from it instead of asking again.
    initialData: initial?.data,
    initialDataUpdatedAt: initial?.atMs,
    ...LIVE,
  });
}

export function usePodEvents(namespace: string, name: string, { enabled = true } = {}) {
  return useQuery({ queryKey: k8sKeys.podEvents(namespace, name), queryFn: ({ signal }) => k8sApi.podEvents(namespace, name, signal), enabled, ...LIVE, select: (r) => r.items });
}

export function usePodYaml(namespace: string, name: string, { enabled = true } = {}) {
  return useQuery({ queryKey: k8sKeys.podYaml(namespace, name), queryFn: ({ signal }) => k8sApi.podYaml(namespace, name, signal), enabled, retry: false, select: (r) => r.yaml });
}

export function usePodLog(namespace: string, name: string, params: PodLogParams, { enabled = true } = {}) {
  return useQuery({
    queryKey: k8sKeys.podLog(namespace, name, params),
    queryFn: ({ signal }) => k8sApi.podLog(namespace, name, params, signal),
    enabled,
    retry: false,
    placeholderData: keepPreviousData,
  });
}

/** New lines of a followed container log (server-sent events); resets when the container or `enabled` changes. */
export function useFollowedPodLog(namespace: string, name: string, container: string | undefined, enabled: boolean) {
  const [lines, setLines] = useState<PodLogEntry[]>([]);
  const [error, setError] = useState<ApiError | null>(null);
  useEffect(() => {
    setLines([]);
    setError(null);
    if (!enabled) return;
    const source = new EventSource(apiUrl(k8sApi.podLogPath(namespace, name), { container, follow: 'true', start: Date.now() }));
    source.addEventListener('lines', (e) => {
      const batch = JSON.parse((e as MessageEvent<string>).data) as PodLogEntry[];
      setLines((l) => (l.length + batch.length > 5000 ? [...l, ...batch].slice(-5000) : [...l, ...batch]));
    });
    source.addEventListener('failure', (e) => {
      setError(new ApiError(JSON.parse((e as MessageEvent<string>).data)));
      source.close();
    });
    source.addEventListener('end', () => source.close());
    return () => source.close();
  }, [namespace, name, container, enabled]);
  return { lines, error };
}

export function useNamespaces() {
  return useQuery({ queryKey: k8sKeys.namespaces(), queryFn: ({ signal }) => k8sApi.namespaces(signal), staleTime: 60_000, retry: false, select: (p) => p.items.map((n) => n.name) });
}

export function useNodes() {
  return useQuery({ queryKey: k8sKeys.nodes(), queryFn: ({ signal }) => k8sApi.nodes(signal), ...LIVE, select: (p) => p.items });
}

export function useWorkloads(kind: WorkloadKind, namespace?: string) {
  return useQuery({ queryKey: k8sKeys.workloads(kind, namespace), queryFn: ({ signal }) => k8sApi.workloads(kind, namespace, signal), ...LIVE, select: (p) => p.items });
}

export function useWorkload(kind: WorkloadKind, namespace: string, name: string) {
  return useQuery({ queryKey: k8sKeys.workload(kind, namespace, name), queryFn: ({ signal }) => k8sApi.workload(kind, namespace, name, signal), ...LIVE });
}
