import type { Metadata } from 'next';
import { withTimeParams } from '@/lib/time/url-params';
import { IntentLink as Link } from '@/components/ui/IntentLink';
import { toSearchParams, type SearchParamsRecord } from '@/components/k8s/search-params';
import { ago, hrefs } from '@/components/overview/links';
import { Load } from '@/components/overview/Section';
import { currentPrincipal } from '@/lib/auth/current';
import { kubeFor } from '@/lib/auth/scoped-datasources';
import { listAllPods } from '@/lib/views/pods';
import '@/components/overview/overview.css';

export const metadata: Metadata = { title: 'Nodes · Lantern' };
export const dynamic = 'force-dynamic';

export default async function NodesPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const sp = toSearchParams(await searchParams);
  const nowMs = Date.now();
  const load = async () => {
    const [nodes, pods] = await Promise.all([kubeFor(await currentPrincipal()).listNodes(), listAllPods()]);
    const perNode = new Map<string, number>();
    for (const p of pods) if (p.node && p.phase !== 'Succeeded' && p.phase !== 'Failed') perNode.set(p.node, (perNode.get(p.node) ?? 0) + 1);
    return nodes.items.map((n) => ({ ...n, pods: perNode.get(n.name) ?? 0 }));
  };
  return (
    <div className="view">
      <h1 className="view-title">Nodes</h1>
      <Load load={load}>
        {(nodes) => (
          <table className="data-table" data-testid="node-table">
            <thead>
              <tr>
                <th>Name</th>
                <th>Status</th>
                <th>Roles</th>
                <th>Conditions</th>
                <th className="num">Pods</th>
                <th>CPU</th>
                <th>Memory</th>
                <th>Version</th>
                <th>Age</th>
              </tr>
            </thead>
            <tbody>
              {nodes.map((n) => (
                <tr key={n.name} data-testid="node-row">
                  <td>
                    <Link href={withTimeParams(hrefs.node(n.name), sp)}>{n.name}</Link>
                  </td>
                  <td className={n.ready ? 'ok' : 'bad'}>{n.status}</td>
                  <td className="muted">{n.roles.join(',') || '—'}</td>
                  <td>
                    {n.conditions
                      .filter((c) => c.type !== 'Ready' && c.status === 'True')
                      .map((c) => c.type)
                      .join(', ') || <span className="muted">no pressure</span>}
                  </td>
                  <td className="num">{n.pods}</td>
                  <td className="muted">{n.allocatable.cpu ?? '—'}</td>
                  <td className="muted">{n.allocatable.memory ?? '—'}</td>
                  <td className="muted">{n.kubeletVersion ?? '—'}</td>
                  <td className="muted">{ago(n.createdAt, nowMs).replace(' ago', '')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Load>
    </div>
  );
}
