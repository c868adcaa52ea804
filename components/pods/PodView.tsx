'use client';

import { IntentLink as Link } from '@/components/ui/IntentLink';
import { useSearchParams } from 'next/navigation';
import { useMemo } from 'react';
import { buildMarkers } from '@/lib/k8s/markers';
import { podMatchers } from '@/lib/k8s/pod-promql';
import { isApiError } from '@/lib/queries/api';
import { restartSeries } from '@/lib/queries/k8s/metric-series';
import { usePod, usePodEvents } from '@/lib/queries/k8s/use-pod';
import { usePodMetrics } from '@/lib/queries/k8s/use-pod-metrics';
import { withTimeParams } from '@/lib/time/url-params';
import { ConditionsTable } from './ConditionsTable';
import { ContainersTable } from './ContainersTable';
import { EventTimeline } from './EventTimeline';
import { PodHeader } from './PodHeader';
import { PodHistory } from './PodHistory';
import { PodLogs } from './PodLogs';
import { PodMetrics } from './PodMetrics';
import { PodSection } from './PodSection';
import { PodYaml } from './PodYaml';
import { k8sHrefs } from './links';
import { usePageRange } from './use-page-range';

/**
 * The pod page: header, containers, conditions, events, metrics and logs on one time axis, YAML. Each section loads and
 * fails on its own. When the API answers 404 (the pod was deleted while the page was open) it becomes the history view.
 */
export function PodView({ namespace, name, initial }: { namespace: string; name: string; initial?: Parameters<typeof usePod>[2] }) {
  const sp = useSearchParams();
  const { range, zoomTo, nowMs } = usePageRange();
  const pod = usePod(namespace, name, initial);
  const gone = isApiError(pod.error) && pod.error.status === 404;
  const events = usePodEvents(namespace, name, { enabled: !gone });
  const matchers = useMemo(() => podMatchers(namespace, name), [namespace, name]);
  const metrics = usePodMetrics(matchers, range);
  const p = pod.data?.pod;
  const markers = useMemo(
    () => buildMarkers({ pod: p, events: events.data, restarts: restartSeries(metrics.restartSeries), ooms: restartSeries(metrics.oomSeries) }),
    [p, events.data, metrics.restartSeries, metrics.oomSeries],
  );
  if (gone) return <PodHistory namespace={namespace} name={name} />;
  return (
    <div className="view" data-testid="pod-page">
      <h1 className="view-title">
        <Link href={withTimeParams(`/pods?${new URLSearchParams({ namespace })}`, sp)} className="muted">
          {namespace}/
        </Link>
        {name}
      </h1>
      <PodSection id="header" title="Pod" source="Kubernetes" loading={pod.isLoading} error={pod.error}>
        {p ? <PodHeader pod={p} owners={pod.data!.owners} /> : null}
      </PodSection>
      <PodSection id="containers" title="Containers" source="Kubernetes" loading={pod.isLoading} error={pod.error}>
        {p ? <ContainersTable containers={p.containers} init={p.initContainers} nowMs={nowMs} /> : null}
      </PodSection>
      <PodSection id="conditions" title="Conditions" source="Kubernetes" loading={pod.isLoading} error={pod.error}>
        {p ? <ConditionsTable conditions={p.conditions} /> : null}
      </PodSection>
      <PodSection id="events" title="Events" source="Kubernetes" loading={events.isLoading} error={events.error}>
        {events.data ? <EventTimeline events={events.data} nowMs={nowMs} /> : null}
      </PodSection>
      <PodSection id="metrics" title="Metrics per container" source="Prometheus" loading={!range} actions={<span className="muted">{markers.length} markers</span>}>
        {range ? <PodMetrics charts={metrics.charts} range={metrics.range} markers={markers} onZoom={zoomTo} /> : null}
      </PodSection>
      {/* Loki does not need the API server: with the pod unreadable (down, 403) the logs of all its containers still show. */}
      {p || pod.error ? <PodLogs namespace={namespace} pod={name} containers={p ? [...p.containers, ...p.initContainers] : []} range={range} markers={markers} /> : null}
      <PodYaml namespace={namespace} name={name} />
      <p>
        <Link href={withTimeParams(k8sHrefs.explore(metrics.charts[0].query), sp)} data-testid="explore-link">
          Open this pod&apos;s metrics in Explore
        </Link>{' '}
        · <Link href={withTimeParams(k8sHrefs.logs(namespace, name), sp)}>its logs in Logs</Link>
      </p>
    </div>
  );
}
