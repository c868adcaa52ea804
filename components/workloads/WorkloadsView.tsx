'use client';

import { IntentLink as Link } from '@/components/ui/IntentLink';
import { ago } from '@/components/overview/links';
import { k8sHrefs } from '@/components/pods/links';
import { PodSection } from '@/components/pods/PodSection';
import { useUrlParams } from '@/components/pods/use-url-params';
import { rolloutStatus } from '@/lib/k8s/rollout';
import type { WorkloadKind } from '@/lib/k8s/types';
import { useNamespaces, useWorkloads } from '@/lib/queries/k8s/use-pod';
import { withTimeParams } from '@/lib/time/url-params';

const KINDS: WorkloadKind[] = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job'];

/** Deployments, StatefulSets, DaemonSets and Jobs with their rollout status; kind and namespace in the URL. */
export function WorkloadsView() {
  const { sp, get, set } = useUrlParams();
  const kind = KINDS.find((k) => k === get('kind')) ?? 'Deployment';
  const namespace = get('namespace') || undefined;
  const list = useWorkloads(kind, namespace);
  const namespaces = useNamespaces();
  const nowMs = Date.now();
  return (
    <div className="view" data-testid="workloads-view">
      <h1 className="view-title">Workloads</h1>
      <nav className="tabs" data-testid="workload-kinds">
        {KINDS.map((k) => (
          <Link key={k} href={withTimeParams(k8sHrefs.workloads(k, namespace), sp)} aria-current={k === kind ? 'page' : undefined}>
            {k}s
          </Link>
        ))}
      </nav>
      <div className="filters">
        <label>
          Namespace{' '}
          <select value={namespace ?? ''} onChange={(e) => set({ namespace: e.target.value || null })}>
            <option value="">all</option>
            {(namespaces.data ?? []).map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
      </div>
      <PodSection id="workloads" title={`${kind}s`} source="Kubernetes" loading={list.isLoading} error={list.error}>
        <table className="data-table" data-testid="workload-table">
          <thead>
            <tr>
              <th>Namespace</th>
              <th>Name</th>
              <th>Rollout</th>
              <th className="num">Ready</th>
              <th className="num">Up to date</th>
              <th className="num">Available</th>
              <th>Images</th>
              <th>Age</th>
            </tr>
          </thead>
          <tbody>
            {(list.data ?? []).map((w) => {
              const r = rolloutStatus(w);
              return (
                <tr key={w.uid} data-testid="workload-row" data-name={w.name}>
                  <td className="muted">{w.namespace}</td>
                  <td>
                    <Link href={withTimeParams(k8sHrefs.workload(w.kind, w.namespace, w.name), sp)}>{w.name}</Link>
                  </td>
                  <td className={r.state === 'complete' ? 'ok' : 'bad'} data-testid="rollout-status">
                    {r.text}
                  </td>
                  <td className="num">
                    {w.ready}/{w.desired}
                  </td>
                  <td className="num">{w.updated}</td>
                  <td className="num">{w.available}</td>
                  <td className="muted">{w.images.join(', ')}</td>
                  <td className="muted">{ago(w.createdAt, nowMs).replace(' ago', '')}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </PodSection>
    </div>
  );
}
