'use client';

import { IntentLink as Link } from '@/components/ui/IntentLink';
import { useSearchParams } from 'next/navigation';
import type { OwnerRef, PodSummary } from '@/lib/k8s/types';
import { withTimeParams } from '@/lib/time/url-params';
import { k8sHrefs } from './links';

const GOOD = new Set(['Running', 'Completed', 'Succeeded']);

/** Phase, reason, node, IPs, QoS, service account, owner chain (each a link), labels and annotations. */
export function PodHeader({ pod, owners }: { pod: PodSummary; owners: OwnerRef[] }) {
  const sp = useSearchParams();
  const link = (href: string, text: string) => <Link href={withTimeParams(href, sp)}>{text}</Link>;
  const facts: [string, React.ReactNode][] = [
    ['Status', <span key="s" className={GOOD.has(pod.status) ? 'ok' : 'bad'} data-testid="pod-status">{pod.status}</span>],
    ['Phase', pod.phase],
    ['Reason', pod.reason ?? '—'],
    ['Ready', pod.ready],
    ['Restarts', pod.restarts],
    ['Node', pod.node ? link(k8sHrefs.node(pod.node), pod.node) : '—'],
    ['Pod IP', pod.podIP ?? '—'],
    ['Host IP', pod.hostIP ?? '—'],
    ['QoS', pod.qosClass ?? '—'],
    ['Service account', pod.serviceAccount ?? '—'],
    ['Created', pod.createdAt ?? '—'],
  ];
  return (
    <dl className="facts" data-testid="pod-facts">
      {facts.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
      <div className="facts__wide">
        <dt>Controlled by</dt>
        <dd className="owner-chain" data-testid="owner-chain">
          {owners.length === 0 ? <span className="muted">nothing (a bare pod)</span> : null}
          {owners.map((o) => {
            const href = k8sHrefs.owner(o, pod.namespace);
            return href ? <Link key={`${o.kind}/${o.name}`} href={withTimeParams(href, sp)} data-testid="owner-link">{`${o.kind} ${o.name}`}</Link> : <span key={`${o.kind}/${o.name}`}>{`${o.kind} ${o.name}`}</span>;
          })}
          {owners.length ? <span>{`Pod ${pod.name}`}</span> : null}
        </dd>
      </div>
      {pod.message ? (
        <div className="facts__wide">
          <dt>Message</dt>
          <dd>{pod.message}</dd>
        </div>
      ) : null}
      <KeyValues title="Labels" values={pod.labels} />
      <KeyValues title="Annotations" values={pod.annotations} />
    </dl>
  );
}

function KeyValues({ title, values }: { title: string; values: Record<string, string> }) {
  const entries = Object.entries(values);
  return (
    <div className="facts__wide">
      <dt>{title}</dt>
      <dd data-testid={`pod-${title.toLowerCase()}`}>
        {entries.length === 0 ? <span className="muted">none</span> : null}
        {entries.map(([k, v]) => (
          <code key={k} className="chip">
            {k}={v}
          </code>
        ))}
      </dd>
    </div>
  );
}
