import type { Metadata } from 'next';
import { withTimeParams } from '@/lib/time/url-params';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AnsiText } from '@/components/logs/AnsiText';
import { ContainersTable, EventTimeline, PodHeader } from '@/components/k8s/PodDetail';
import { toSearchParams, type SearchParamsRecord } from '@/components/k8s/search-params';
import { Load, Section, SectionError } from '@/components/overview/Section';
import { hrefs } from '@/components/overview/links';
import type { PodSummary } from '@/lib/k8s/types';
import { logQuery } from '@/lib/logql/escape';
import { kube } from '@/lib/server/datasources';
import { podEvents, recentLogs } from '@/lib/views/pod-detail';
import '@/components/overview/overview.css';

type Params = Promise<{ namespace: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { namespace, name } = await params;
  return { title: `${decodeURIComponent(name)} · ${decodeURIComponent(namespace)} · Lantern` };
}

export const dynamic = 'force-dynamic';

export default async function PodPage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParamsRecord> }) {
  const { namespace, name } = await params;
  const sp = toSearchParams(await searchParams);
  const container = sp.get('container');
  const previous = sp.get('previous') === '1';
  let pod: PodSummary;
  try {
    pod = await kube().getPod(decodeURIComponent(namespace), decodeURIComponent(name));
  } catch (e) {
    if ((e as { status?: number }).status === 404) notFound();
    return (
      <div className="view">
        <h1 className="view-title">{decodeURIComponent(name)}</h1>
        <SectionError error={e} />
      </div>
    );
  }
  const nowMs = Date.now();
  const shown = pod.containers.find((c) => c.name === container) ?? pod.containers[0];
  const self = hrefs.pod(pod.namespace, pod.name);
  const logsHref = withTimeParams(`/logs?${new URLSearchParams({ q: logQuery([{ name: 'namespace', op: '=', value: pod.namespace }, { name: 'pod', op: '=', value: pod.name }]) })}`, sp);
  return (
    <div className="view" data-testid="pod-page">
      <h1 className="view-title">
        <Link href={withTimeParams(hrefs.pods({ namespace: pod.namespace }), sp)} className="muted">
          {pod.namespace}/
        </Link>
        {pod.name}
      </h1>
      <PodHeader pod={pod} time={sp} />
      <Section id="containers" title="Containers" source="Kubernetes">
        <ContainersTable containers={[...pod.initContainers, ...pod.containers]} nowMs={nowMs} />
      </Section>
      <Section id="events" title="Events" source="Kubernetes">
        <Load load={() => podEvents(pod)}>{(events) => <EventTimeline events={events} nowMs={nowMs} />}</Load>
      </Section>
      {shown ? (
        <Section id="logs" title={`Logs of ${shown.name}${previous ? ' (previous instance)' : ''}`} source="Kubernetes">
          <nav className="log-nav" data-testid="log-containers">
            {pod.containers.map((c) => (
              <Link key={c.name} href={withTimeParams(`${self}?container=${encodeURIComponent(c.name)}`, sp)} aria-current={c.name === shown.name && !previous ? 'page' : undefined}>
                {c.name}
              </Link>
            ))}
            {shown.restarts > 0 ? (
              <Link href={withTimeParams(`${self}?container=${encodeURIComponent(shown.name)}&previous=1`, sp)} aria-current={previous ? 'page' : undefined} data-testid="previous-logs">
                previous instance
              </Link>
            ) : null}
            <Link href={logsHref}>open in Logs</Link>
          </nav>
          <Load load={() => recentLogs(pod, shown.name, previous)}>
            {(text) => (
              <pre className="log-text" data-testid="pod-log-text">
                {text ? <AnsiText text={text} /> : '(no output)'}
              </pre>
            )}
          </Load>
        </Section>
      ) : null}
    </div>
  );
}
