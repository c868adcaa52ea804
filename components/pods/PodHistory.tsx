'use client';

import { IntentLink as Link } from '@/components/ui/IntentLink';
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { buildMarkers } from '@/lib/k8s/markers';
import { podMatchers } from '@/lib/k8s/pod-promql';
import { restartSeries } from '@/lib/queries/k8s/metric-series';
import { usePodHistory } from '@/lib/queries/k8s/use-pod-history';
import { usePodMetrics } from '@/lib/queries/k8s/use-pod-metrics';
import { formatLocalTimestamp } from '@/lib/time/format';
import { withTimeParams } from '@/lib/time/url-params';
import { PodLogs } from './PodLogs';
import { PodMetrics } from './PodMetrics';
import { PodSection } from './PodSection';
import { k8sHrefs } from './links';
import { usePageRange } from './use-page-range';

/**
 * A pod the Kubernetes API does not have (deleted, or never existed): what Prometheus and Loki know of it in the page's
 * range — containers, node, owner, restarts, metrics and logs — under a banner saying since when it is gone.
 */
export function PodHistory({ namespace, name, testId = 'pod-history' }: { namespace: string; name: string; testId?: string }) {
  const sp = useSearchParams();
  const { range, zoomTo } = usePageRange();
  const history = usePodHistory(namespace, name, range);
  const matchers = useMemo(() => podMatchers(namespace, name), [namespace, name]);
  const metrics = usePodMetrics(matchers, range);
  const markers = useMemo(() => buildMarkers({ restarts: restartSeries(metrics.restartSeries), ooms: restartSeries(metrics.oomSeries) }), [metrics.restartSeries, metrics.oomSeries]);
  const h = history.data;
  const known = h && h.lastSeenMs !== null;
  return (
    <div className="view" data-testid={testId}>
      <h1 className="view-title">
        <Link href={withTimeParams(`/pods?${new URLSearchParams({ namespace })}`, sp)} className="muted">
          {namespace}/
        </Link>
        {name}
      </h1>
      <div className="banner" role="status" data-testid="pod-gone-banner">
        {history.loading ? (
          'The Kubernetes API does not know this pod; looking for it in Prometheus and Loki…'
        ) : known ? (
          <>
            This pod no longer exists since <strong data-testid="pod-gone-since">{formatLocalTimestamp(h.lastSeenMs!)}</strong> (last seen by
            Prometheus). Below is what Prometheus and Loki recorded of it in this time range.
          </>
        ) : (
          <>
            Neither the Kubernetes API nor Prometheus know a pod <code>{namespace}/{name}</code> in this time range. Loki&apos;s logs are below; widen the time range to look further back, or
            go to the <Link href={withTimeParams(`/pods?${new URLSearchParams({ namespace })}`, sp)}>pods of {namespace}</Link>.
          </>
        )}
      </div>
      <PodSection id="history" title="Last known state" source="Prometheus" loading={history.loading} error={history.error}>
        {h ? (
          <dl className="facts" data-testid="pod-history-facts">
            <div>
              <dt>Node</dt>
              <dd>{h.node ? <Link href={withTimeParams(k8sHrefs.node(h.node), sp)}>{h.node}</Link> : '—'}</dd>
            </div>
            <div>
              <dt>Pod IP</dt>
              <dd>{h.podIP ?? '—'}</dd>
            </div>
            <div>
              <dt>Created by</dt>
              <dd>{h.owner ? `${h.owner.kind} ${h.owner.name}` : '—'}</dd>
            </div>
            <div>
              <dt>First seen in range</dt>
              <dd>{h.firstSeenMs ? formatLocalTimestamp(h.firstSeenMs) : '—'}</dd>
            </div>
            <div className="facts__wide">
              <dt>Containers</dt>
              <dd data-testid="history-containers">
                {h.containers.length === 0 ? <span className="muted">none recorded</span> : null}
                {h.containers.map((c) => (
                  <code key={c.name} className="chip">
                    {c.name} {c.image}
                  </code>
                ))}
              </dd>
            </div>
            {h.lastTerminations.length ? (
              <div className="facts__wide">
                <dt>Last terminations</dt>
                <dd>{h.lastTerminations.map((t) => `${t.container}: ${t.reason}`).join(', ')}</dd>
              </div>
            ) : null}
          </dl>
        ) : null}
      </PodSection>
      <PodSection id="metrics" title="Metrics per container" source="Prometheus" loading={!range}>
        {range ? <PodMetrics charts={metrics.charts} range={metrics.range} markers={markers} onZoom={zoomTo} /> : null}
      </PodSection>
      <PodLogs namespace={namespace} pod={name} containers={(h?.containers ?? []).map((c) => ({ name: c.name, restarts: 0 }))} range={range} markers={markers} exists={false} />
    </div>
  );
}
