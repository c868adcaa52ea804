import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { PodTable } from '@/components/k8s/PodTable';
import { NodeTelemetry } from '@/components/nodes/NodeTelemetry';
import { toSearchParams, type SearchParamsRecord } from '@/components/k8s/search-params';
import { Load, Section, SectionError } from '@/components/overview/Section';
import type { NodeSummary } from '@/lib/k8s/types';
import { currentPrincipal } from '@/lib/auth/current';
import { kubeFor } from '@/lib/auth/scoped-datasources';
import { listAllPods } from '@/lib/views/pods';
import '@/components/overview/overview.css';
import '@/components/pods/pods.css';

type Params = Promise<{ name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  return { title: `${decodeURIComponent((await params).name)} · Nodes · Lantern` };
}

export const dynamic = 'force-dynamic';

export default async function NodePage({ params, searchParams }: { params: Params; searchParams: Promise<SearchParamsRecord> }) {
  const name = decodeURIComponent((await params).name);
  const sp = toSearchParams(await searchParams);
  let node: NodeSummary | undefined;
  try {
    node = (await kubeFor(await currentPrincipal()).listNodes({ fieldSelector: `metadata.name=${name}` })).items[0];
  } catch (e) {
    return (
      <div className="view">
        <h1 className="view-title">{name}</h1>
        <SectionError error={e} />
      </div>
    );
  }
  if (!node) notFound();
  const n = node;
  return (
    <div className="view" data-testid="node-page">
      <h1 className="view-title">{n.name}</h1>
      <dl className="facts">
        {(
          [
            ['Status', n.status],
            ['Roles', n.roles.join(',') || '—'],
            ['Internal IP', n.internalIP ?? '—'],
            ['Kubelet', n.kubeletVersion ?? '—'],
            ['Runtime', n.containerRuntime ?? '—'],
            ['OS', n.osImage ?? '—'],
            ['Kernel', n.kernelVersion ?? '—'],
          ] as const
        ).map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <Section id="conditions" title="Conditions" source="Kubernetes">
        <table className="data-table" data-testid="node-conditions">
          <tbody>
            {n.conditions.map((c) => (
              <tr key={c.type}>
                <td>{c.type}</td>
                <td className={(c.type === 'Ready') === (c.status === 'True') ? 'ok' : 'bad'}>{c.status}</td>
                <td className="muted">{c.reason}</td>
                <td className="muted">{c.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Section>
      <Section id="resources" title="Capacity and allocatable" source="Kubernetes">
        <table className="data-table">
          <thead>
            <tr>
              <th>Resource</th>
              <th>Capacity</th>
              <th>Allocatable</th>
            </tr>
          </thead>
          <tbody>
            {Object.keys(n.capacity).map((r) => (
              <tr key={r}>
                <td>{r}</td>
                <td>{n.capacity[r]}</td>
                <td>{n.allocatable[r] ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {n.taints.length ? (
          <p>
            Taints:{' '}
            {n.taints.map((t) => (
              <code key={t.key} className="chip">
                {t.key}
                {t.value ? `=${t.value}` : ''}:{t.effect}
              </code>
            ))}
          </p>
        ) : null}
      </Section>
      <NodeTelemetry node={n.name} internalIP={n.internalIP} />
      <Section id="node-pods" title="Pods on this node" source="Kubernetes">
        <Load load={async () => (await listAllPods()).filter((p) => p.node === n.name)}>
          {(pods) => <PodTable pods={pods} time={sp} nowMs={Date.now()} showNode={false} />}
        </Load>
      </Section>
    </div>
  );
}
