import type { Metadata } from 'next';
import { PodTable } from '@/components/k8s/PodTable';
import { timeFields, toSearchParams, type SearchParamsRecord } from '@/components/k8s/search-params';
import { SectionError } from '@/components/overview/Section';
import { filterPods, type PodFilter } from '@/lib/views/pod-filter';
import { listAllPods } from '@/lib/views/pods';
import { kube } from '@/lib/server/datasources';
import '@/components/overview/overview.css';

export const metadata: Metadata = { title: 'Pods · Lantern' };
export const dynamic = 'force-dynamic';

const STATUSES = ['Running', 'Pending', 'Completed', 'CrashLoopBackOff', 'ImagePullBackOff', 'OOMKilled', 'Error', 'Terminating', 'NotReady'];

export default async function PodsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const sp = toSearchParams(await searchParams);
  const filter: PodFilter = {
    namespace: sp.get('namespace') || undefined,
    status: sp.get('status') || undefined,
    phase: sp.get('phase') || undefined,
    q: sp.get('q') || undefined,
    labelSelector: sp.get('labelSelector') || undefined,
    sort: (['name', 'restarts', 'age', 'status'] as const).find((s) => s === sp.get('sort')),
  };
  let body;
  let namespaces: string[] = [];
  try {
    const [pods, ns] = await Promise.all([
      listAllPods({ namespace: filter.namespace, labelSelector: filter.labelSelector }),
      kube().listNamespaces().then((p) => p.items.map((n) => n.name)),
    ]);
    namespaces = ns;
    const shown = filterPods(pods, filter);
    body = (
      <>
        <p className="muted" data-testid="pod-count">
          {shown.length} of {pods.length} pods
        </p>
        <PodTable pods={shown} time={sp} nowMs={Date.now()} />
      </>
    );
  } catch (e) {
    body = <SectionError error={e} />;
  }
  return (
    <div className="view">
      <h1 className="view-title">Pods</h1>
      <form className="filters" method="get" data-testid="pod-filters">
        {timeFields(sp).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <label>
          Namespace{' '}
          <select name="namespace" defaultValue={filter.namespace ?? ''}>
            <option value="">all</option>
            {namespaces.map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select name="status" defaultValue={filter.status ?? ''}>
            <option value="">any</option>
            {STATUSES.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Name <input name="q" defaultValue={filter.q ?? ''} placeholder="substring" />
        </label>
        <label>
          Labels <input name="labelSelector" defaultValue={filter.labelSelector ?? ''} placeholder="app=cart,tier!=db" />
        </label>
        <label>
          Sort{' '}
          <select name="sort" defaultValue={filter.sort ?? 'name'}>
            <option value="name">name</option>
            <option value="restarts">restarts</option>
            <option value="age">age</option>
            <option value="status">status</option>
          </select>
        </label>
        {filter.phase ? <input type="hidden" name="phase" value={filter.phase} /> : null}
        <button type="submit">Apply</button>
      </form>
      {body}
    </div>
  );
}
