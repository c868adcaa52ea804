'use client';

import { useCallback, useDeferredValue, useMemo, useState } from 'react';
import { ErrorPanel } from '@/components/ui/ErrorPanel';
import { filterPods, POD_SORTS, POD_STATUS_FILTERS, sortPods, type PodSort } from '@/lib/k8s/pod-list-view';
import { useNamespaces } from '@/lib/queries/k8s/use-pod';
import { usePodList } from '@/lib/queries/k8s/use-pod-list';
import { usePodUsage } from '@/lib/queries/k8s/use-pod-usage';
import { withTimeParams } from '@/lib/time/url-params';
import { PodsTable } from './PodsTable';
import { useUrlParams } from './use-url-params';

/**
 * The pods list: fetched in pages (limit/continue), kept live by the watch, filtered and sorted in the browser; every
 * filter, the sort and its direction live in the URL. Namespace and label selector go to the API server.
 * The sort is kept apart from the filters (typing re-filters the sorted list; a new page or a watch batch re-sorts, with
 * keys computed once per pod). Not useDeferredValue for the list: under heavy CPU load its background render was
 * starved for over 15 s, leaving "0 of 0 pods" while every page was in.
 */
export function PodsView() {
  const { sp, get, set } = useUrlParams();
  const namespace = get('namespace') || undefined;
  const labelSelector = get('labelSelector') || undefined;
  const status = get('status') || undefined;
  const sort = (POD_SORTS as readonly string[]).includes(get('sort') ?? '') ? (get('sort') as PodSort) : 'namespace';
  const desc = get('dir') === 'desc';
  const [qInput, setQInput] = useState(get('q') ?? '');
  const q = useDeferredValue(qInput);
  const list = usePodList({ namespace, labelSelector });
  const { usage } = usePodUsage(namespace);
  const namespaces = useNamespaces();
  const pods = list.pods;
  const sortUsage = sort === 'cpu' || sort === 'memory' ? usage : undefined;
  const sorted = useMemo(() => sortPods(pods, sort, desc, sortUsage), [pods, sort, desc, sortUsage]);
  const shown = useMemo(() => filterPods(sorted, { status, q }), [sorted, status, q]);
  const timeSuffix = useCallback((href: string) => withTimeParams(href, sp), [sp]);
  const [nowMs] = useState(() => Date.now());
  const onSort = (s: PodSort) => set({ sort: s === 'namespace' ? null : s, dir: s === sort && !desc ? 'desc' : null });
  const [labelInput, setLabelInput] = useState(labelSelector ?? '');
  return (
    <div className="view" data-testid="pods-view">
      <h1 className="view-title">Pods</h1>
      <form
        className="filters"
        data-testid="pod-filters"
        onSubmit={(e) => {
          e.preventDefault();
          set({ labelSelector: labelInput.trim() || null, q: qInput.trim() || null });
        }}
      >
        <label>
          Namespace{' '}
          <select value={namespace ?? ''} onChange={(e) => set({ namespace: e.target.value || null })} data-testid="filter-namespace">
            <option value="">all</option>
            {(namespaces.data ?? (namespace ? [namespace] : [])).map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
        <label>
          Status{' '}
          <select value={status ?? ''} onChange={(e) => set({ status: e.target.value || null })} data-testid="filter-status">
            <option value="">any</option>
            {POD_STATUS_FILTERS.map((s) => (
              <option key={s}>{s}</option>
            ))}
          </select>
        </label>
        <label>
          Name{' '}
          <input
            value={qInput}
            onChange={(e) => setQInput(e.target.value)}
            onBlur={() => set({ q: qInput.trim() || null })}
            placeholder="substring"
            data-testid="filter-name"
          />
        </label>
        <label>
          Labels <input value={labelInput} onChange={(e) => setLabelInput(e.target.value)} placeholder="app=cart,tier!=db" data-testid="filter-labels" />
        </label>
        <button type="submit">Apply</button>
        <span className="muted" data-testid="pod-count">
          {shown.length} of {pods.length} pods{list.hasNextPage ? ' (loading more…)' : ''}
        </span>
        <span className="muted" data-testid="watch-state" data-state={list.watch.status}>
          {list.complete ? (list.watch.status === 'live' ? '● live' : list.watch.status) : ''}
        </span>
      </form>
      {list.error ? <ErrorPanel error={list.error} title="Pods unavailable" testId="panel-error" /> : null}
      {list.watch.error ? <ErrorPanel error={list.watch.error} title={list.watch.status === 'failed' ? 'Live updates stopped' : 'Live updates interrupted, retrying'} testId="watch-error" /> : null}
      {list.isLoading ? <p className="muted">Loading pods…</p> : null}
      {list.data ? <PodsTable pods={shown} usage={usage} sort={sort} desc={desc} onSort={onSort} timeSuffix={timeSuffix} nowMs={nowMs} /> : null}
    </div>
  );
}
