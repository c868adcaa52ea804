'use client';

import { useMemo } from 'react';
import { TimeSeriesChart } from '@/components/charts/TimeSeriesChart';
import { MarkedLogList } from '@/components/pods/MarkedLogList';
import { PodSection } from '@/components/pods/PodSection';
import { usePageRange } from '@/components/pods/use-page-range';
import { nodeQueries } from '@/lib/k8s/pod-promql';
import { logQuery } from '@/lib/logql/escape';
import { useLokiQuery, usePromRangeQuery } from '@/lib/queries/hooks';
import { alignRange, computeStepS } from '@/lib/time/step';

const CHARTS = [
  { id: 'cpu', title: 'CPU busy', unit: 'percentunit' },
  { id: 'memory', title: 'Memory used', unit: 'percentunit' },
  { id: 'disk', title: 'Disk used', unit: 'percentunit' },
  { id: 'networkReceive', title: 'Network receive (bytes/s)', unit: 'bytes' },
  { id: 'networkTransmit', title: 'Network transmit (bytes/s)', unit: 'bytes' },
] as const;

/** node-exporter CPU, memory, disk and network of one node (matched by its internal IP), and its kubelet/containerd journal from Loki. */
export function NodeTelemetry({ node, internalIP }: { node: string; internalIP: string | null }) {
  const { range, zoomTo } = usePageRange();
  const q = useMemo(() => nodeQueries(internalIP ?? node), [internalIP, node]);
  const stepS = range ? computeStepS(range, { maxPoints: 400 }) : 60;
  const r = range ? alignRange(range, stepS) : { startMs: 0, endMs: 0 };
  const results = {
    cpu: usePromRangeQuery({ query: q.cpu, start: r.startMs, end: r.endMs, step: stepS }, { enabled: !!range }),
    memory: usePromRangeQuery({ query: q.memory, start: r.startMs, end: r.endMs, step: stepS }, { enabled: !!range }),
    disk: usePromRangeQuery({ query: q.disk, start: r.startMs, end: r.endMs, step: stepS }, { enabled: !!range }),
    networkReceive: usePromRangeQuery({ query: q.networkReceive, start: r.startMs, end: r.endMs, step: stepS }, { enabled: !!range }),
    networkTransmit: usePromRangeQuery({ query: q.networkTransmit, start: r.startMs, end: r.endMs, step: stepS }, { enabled: !!range }),
  };
  const journal = logQuery([
    { name: 'job', op: '=', value: 'systemd-journal' },
    { name: 'node', op: '=', value: node },
  ]);
  const logs = useLokiQuery({ query: journal, start: r.startMs, end: r.endMs, limit: 500, direction: 'backward' }, { enabled: !!range });
  const entries = useMemo(() => (logs.data?.resultType === 'streams' ? [...logs.data.entries].reverse() : []), [logs.data]);
  return (
    <>
      <PodSection id="node-metrics" title="Node exporter" source="Prometheus" loading={!range}>
        <div className="chart-grid" data-testid="node-metrics">
          {CHARTS.map((c) => (
            <div key={c.id}>
              <h3>{c.title}</h3>
              <TimeSeriesChart
                series={(results[c.id].data?.series ?? []).map((s) => ({ labels: { name: c.title }, points: s.points }))}
                startMs={r.startMs}
                endMs={r.endMs}
                unit={c.unit}
                legendFormat="{{name}}"
                height={180}
                loading={results[c.id].isLoading}
                error={results[c.id].error}
                query={q[c.id]}
                onZoom={zoomTo}
                testId={`node-chart-${c.id}`}
              />
            </div>
          ))}
        </div>
      </PodSection>
      <PodSection id="node-logs" title="Kubelet and container runtime logs" source="Loki" loading={logs.isLoading} error={logs.error}>
        <MarkedLogList entries={entries} markers={[]} timestamps testId="node-log-list" />
      </PodSection>
    </>
  );
}
