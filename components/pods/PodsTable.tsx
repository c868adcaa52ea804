'use client';

import { useVirtualizer } from '@tanstack/react-virtual';
import { IntentLink as Link } from '@/components/ui/IntentLink';
import { memo, useRef } from 'react';
import { ago } from '@/components/overview/links';
import { podKey, type PodSort, type PodUsage } from '@/lib/k8s/pod-list-view';
import type { PodSummary } from '@/lib/k8s/types';
import { formatBytes, formatCores, versus } from './format';
import { k8sHrefs } from './links';

const PROBLEM = /CrashLoop|Error|OOM|BackOff|Failed|Pending|Unknown|Terminating|NotReady|Init:|Evicted/;
const ROW_HEIGHT = 29;
/**
 * The scroll box's height before it is measured: its CSS max-height (100vh - 220px). Starting from the real size, the
 * first measurement finds the same rows in view and does not re-render the table in the task that mounts it.
 */
const initialRect = () => ({ width: 1200, height: typeof window === 'undefined' ? 900 : Math.max(ROW_HEIGHT, window.innerHeight - 220) });

const COLUMNS: { id: PodSort; label: string; num?: boolean }[] = [
  { id: 'namespace', label: 'Namespace' },
  { id: 'name', label: 'Name' },
  { id: 'status', label: 'Status' },
  { id: 'restarts', label: 'Restarts', num: true },
  { id: 'lastRestart', label: 'Last restart' },
  { id: 'cpu', label: 'CPU / request', num: true },
  { id: 'memory', label: 'Memory / request', num: true },
  { id: 'node', label: 'Node' },
  { id: 'age', label: 'Age' },
];

/**
 * The pods table, virtualised: only the rows in view are in the DOM (spacer rows keep the scroll height), so 5,000 pods
 * render and re-filter without long tasks. Headers sort; the sort lives in the URL.
 */
export function PodsTable({ pods, usage, sort, desc, onSort, timeSuffix, nowMs }: { pods: readonly PodSummary[]; usage: PodUsage; sort: PodSort; desc: boolean; onSort: (s: PodSort) => void; timeSuffix: (href: string) => string; nowMs: number }) {
  const scroll = useRef<HTMLDivElement>(null);
  const v = useVirtualizer({ count: pods.length, getScrollElement: () => scroll.current, estimateSize: () => ROW_HEIGHT, overscan: 10, getItemKey: (i) => pods[i].uid, initialRect: initialRect() });
  const items = v.getVirtualItems();
  const top = items.length ? items[0].start : 0;
  const bottom = items.length ? v.getTotalSize() - items[items.length - 1].end : 0;
  return (
    <div className="pod-table-scroll" ref={scroll}>
      <table className="data-table" data-testid="pod-table" data-rows={pods.length}>
        <thead>
          <tr>
            <th>Ready</th>
            {COLUMNS.map((c) => (
              <th key={c.id} className={c.num ? 'num' : undefined} aria-sort={sort === c.id ? (desc ? 'descending' : 'ascending') : undefined}>
                <button type="button" onClick={() => onSort(c.id)} data-testid={`sort-${c.id}`}>
                  {c.label}
                  {sort === c.id ? (desc ? ' ▾' : ' ▴') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {top > 0 ? <tr style={{ height: top }} aria-hidden /> : null}
          {items.map((item) => {
            const p = pods[item.index];
            return <PodRow key={p.uid} pod={p} usage={usage.get(podKey(p))} timeSuffix={timeSuffix} nowMs={nowMs} />;
          })}
          {bottom > 0 ? <tr style={{ height: bottom }} aria-hidden /> : null}
        </tbody>
      </table>
    </div>
  );
}

const PodRow = memo(function PodRow({ pod: p, usage: u, timeSuffix, nowMs }: { pod: PodSummary; usage: PodUsage extends Map<string, infer V> ? V | undefined : never; timeSuffix: (href: string) => string; nowMs: number }) {
  return (
    <tr data-testid="pod-row" data-status={p.status} data-name={p.name} style={{ height: ROW_HEIGHT }}>
      <td>{p.ready}</td>
      <td className="muted">{p.namespace}</td>
      <td>
        <Link href={timeSuffix(k8sHrefs.pod(p.namespace, p.name))}>
          {p.name}
        </Link>
      </td>
      <td className={PROBLEM.test(p.status) ? 'bad' : p.status === 'Running' ? 'ok' : ''} data-testid="pod-row-status">
        {p.status}
      </td>
      <td className="num">{p.restarts}</td>
      <td className="muted" title={p.lastRestartAt ?? ''}>
        {p.lastRestartAt ? ago(p.lastRestartAt, nowMs) : '—'}
      </td>
      <td className="num usage-bar">{versus(u?.cpu, u?.cpuRequest, formatCores)}</td>
      <td className="num usage-bar">{versus(u?.memory, u?.memoryRequest, formatBytes)}</td>
      <td>{p.node ? <Link href={timeSuffix(k8sHrefs.node(p.node))}>{p.node}</Link> : <span className="muted">—</span>}</td>
      <td className="muted">{ago(p.createdAt, nowMs).replace(' ago', '')}</td>
    </tr>
  );
});
