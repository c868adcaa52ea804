'use client';

import { IntentLink as Link } from '@/components/ui/IntentLink';
import { useMemo } from 'react';
import { MarkedLogList } from '@/components/pods/MarkedLogList';
import { PodMetrics } from '@/components/pods/PodMetrics';
import { PodSection } from '@/components/pods/PodSection';
import { PodsTable } from '@/components/pods/PodsTable';
import { k8sHrefs } from '@/components/pods/links';
import { usePageRange } from '@/components/pods/use-page-range';
import { useUrlParams } from '@/components/pods/use-url-params';
import { buildMarkers } from '@/lib/k8s/markers';
import { filterAndSortPods } from '@/lib/k8s/pod-list-view';
import { podMatchers } from '@/lib/k8s/pod-promql';
import { rolloutStatus, selectorString } from '@/lib/k8s/rollout';
import type { WorkloadKind } from '@/lib/k8s/types';
import { anyOf } from '@/lib/promql/escape';
import { logQuery } from '@/lib/logql/escape';
import { restartSeries } from '@/lib/queries/k8s/metric-series';
import { useWorkload } from '@/lib/queries/k8s/use-pod';
import { usePodList } from '@/lib/queries/k8s/use-pod-list';
import { usePodMetrics } from '@/lib/queries/k8s/use-pod-metrics';
import { usePodUsage } from '@/lib/queries/k8s/use-pod-usage';
import { useLokiQuery } from '@/lib/queries/hooks';
import { withTimeParams } from '@/lib/time/url-params';

/** A workload: rollout status and conditions, its pods (live), their combined metrics per pod and their logs together. */
export function WorkloadView({ kind, namespace, name }: { kind: WorkloadKind; namespace: string; name: string }) {
  const { sp } = useUrlParams();
  const { range, zoomTo } = usePageRange();
  const w = useWorkload(kind, namespace, name);
  const selector = w.data ? selectorString(w.data.selector) : undefined;
  const pods = usePodList({ namespace, labelSelector: selector || undefined });
  const { usage } = usePodUsage(namespace);
  const names = useMemo(() => pods.pods.map((p) => p.name).sort(), [pods.pods]);
  const metrics = usePodMetrics(useMemo(() => podMatchers(namespace, names), [namespace, names]), w.data && selector ? range : null, 'pod');
  const markers = useMemo(() => buildMarkers({ restarts: restartSeries(metrics.restartSeries), ooms: restartSeries(metrics.oomSeries) }), [metrics.restartSeries, metrics.oomSeries]);
  const lokiQuery = logQuery([{ name: 'namespace', op: '=', value: namespace }, { name: 'pod', op: '=~', value: anyOf(names) || '$^' }]);
  const logs = useLokiQuery({ query: lokiQuery, start: range?.startMs ?? 0, end: range?.endMs ?? 0, limit: 1000, direction: 'backward' }, { enabled: range !== null && names.length > 0 });
  const entries = useMemo(() => (logs.data?.resultType === 'streams' ? [...logs.data.entries].reverse() : []), [logs.data]);
  const shownPods = useMemo(() => filterAndSortPods(pods.pods, { sort: 'name' }), [pods.pods]);
  const r = w.data ? rolloutStatus(w.data) : null;
  return (
    <div className="view" data-testid="workload-page">
      <h1 className="view-title">
        <Link href={withTimeParams(k8sHrefs.workloads(kind, namespace), sp)} className="muted">
          {kind} {namespace}/
        </Link>
        {name}
      </h1>
      <PodSection id="workload" title={kind} source="Kubernetes" loading={w.isLoading} error={w.error}>
        {w.data && r ? (
          <dl className="facts">
            <div>
              <dt>Rollout</dt>
              <dd className={r.state === 'complete' ? 'ok' : 'bad'} data-testid="rollout-status">
                {r.text}
              </dd>
            </div>
            <div>
              <dt>Ready</dt>
              <dd>
                {w.data.ready}/{w.data.desired}
              </dd>
            </div>
            <div>
              <dt>Controlled by</dt>
              <dd>{w.data.owner ? (k8sHrefs.owner(w.data.owner, namespace) ? <Link href={withTimeParams(k8sHrefs.owner(w.data.owner, namespace)!, sp)}>{`${w.data.owner.kind} ${w.data.owner.name}`}</Link> : `${w.data.owner.kind} ${w.data.owner.name}`) : '—'}</dd>
            </div>
            <div>
              <dt>Selector</dt>
              <dd>{selector || '—'}</dd>
            </div>
            <div className="facts__wide">
              <dt>Conditions</dt>
              <dd>{w.data.conditions.map((c) => `${c.type}=${c.status}${c.reason ? ` (${c.reason})` : ''}`).join(', ') || '—'}</dd>
            </div>
          </dl>
        ) : null}
      </PodSection>
      <PodSection id="workload-pods" title={`Pods (${pods.pods.length})`} source="Kubernetes" loading={pods.isLoading} error={pods.error}>
        <PodsTable pods={shownPods} usage={usage} sort="name" desc={false} onSort={() => {}} timeSuffix={(h) => withTimeParams(h, sp)} nowMs={Date.now()} />
      </PodSection>
      <PodSection id="metrics" title="Metrics of its pods" source="Prometheus" loading={!range}>
        {range ? <PodMetrics charts={metrics.charts} range={metrics.range} markers={markers} onZoom={zoomTo} /> : null}
      </PodSection>
      <PodSection id="logs" title="Logs of its pods" source="Loki" loading={logs.isLoading} error={logs.error}>
        <MarkedLogList entries={entries} markers={markers} timestamps testId="workload-log-list" />
      </PodSection>
    </div>
  );
}
