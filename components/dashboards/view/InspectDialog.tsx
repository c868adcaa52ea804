'use client';

import { useEffect, useRef, useState } from 'react';
import type { PanelData } from '@/components/dashboards/panels/panel-data';
import type { PlannedQuery } from '@/lib/queries/dashboards/panel-queries';
import { formatDuration } from '@/lib/time/duration';

export interface InspectDialogProps {
  title: string;
  plan: readonly PlannedQuery[];
  data: PanelData;
  onClose: () => void;
}

/** Rows of the data table: at most this many, the JSON tab has everything. */
const TABLE_ROWS = 500;

/** A modal with the panel's interpolated queries and step, and its data as a table or JSON. */
export function InspectDialog({ title, plan, data, onClose }: InspectDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [tab, setTab] = useState<'query' | 'data' | 'json'>('query');
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="inspect" data-testid="inspect-dialog" aria-label={`Inspect ${title}`} onClose={onClose}>
      <header className="inspect__header">
        <h2>Inspect: {title}</h2>
        <div className="tabs" role="tablist">
          {(['query', 'data', 'json'] as const).map((t) => (
            <button key={t} type="button" role="tab" aria-selected={tab === t} className={`tab${tab === t ? ' is-active' : ''}`} onClick={() => setTab(t)} data-testid={`inspect-tab-${t}`}>
              {t === 'query' ? 'Query' : t === 'data' ? 'Data' : 'JSON'}
            </button>
          ))}
        </div>
        <button type="button" className="btn btn--ghost" onClick={() => ref.current?.close()} data-testid="inspect-close">
          Close
        </button>
      </header>
      <div className="inspect__body">
        {tab === 'query' && <QueryTab plan={plan} />}
        {tab === 'data' && <DataTab data={data} />}
        {tab === 'json' && <pre className="inspect__json" data-testid="inspect-json">{JSON.stringify(data, null, 2)}</pre>}
      </div>
    </dialog>
  );
}

function QueryTab({ plan }: { plan: readonly PlannedQuery[] }) {
  if (plan.length === 0) return <p className="muted">This panel runs no query.</p>;
  return (
    <table className="data-table" data-testid="inspect-queries">
      <thead>
        <tr>
          <th>Ref</th>
          <th>Kind</th>
          <th>Query (interpolated)</th>
          <th>Step</th>
        </tr>
      </thead>
      <tbody>
        {plan.map((q) => (
          <tr key={q.refId}>
            <td>{q.refId}</td>
            <td>{q.kind}</td>
            <td>
              <code className="inspect__expr" data-testid="inspect-expr">{q.expr}</code>
            </td>
            <td className="num">{q.kind === 'prom.instant' || (q.kind === 'loki.range' && q.logs) ? '—' : formatDuration(q.stepMs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DataTab({ data }: { data: PanelData }) {
  if (data.kind === 'error') return <p className="bad">{data.message}</p>;
  if (data.kind === 'loading') return <p className="muted">Loading…</p>;
  const rows: { labels: string; time: number; value: string }[] = [];
  if (data.kind === 'series') for (const s of data.series) for (const [t, v] of s.points) rows.push({ labels: labelText(s.labels), time: t, value: String(v) });
  if (data.kind === 'samples') for (const s of data.samples) rows.push({ labels: labelText(s.labels), time: s.tsMs, value: String(s.value) });
  if (data.kind === 'logs') for (const e of data.entries) rows.push({ labels: labelText(e.labels), time: Math.floor(Number(e.tsNs) / 1e6), value: e.line });
  return (
    <>
      {rows.length > TABLE_ROWS && <p className="muted">First {TABLE_ROWS} of {rows.length} rows; the JSON tab has all.</p>}
      <table className="data-table" data-testid="inspect-data">
        <thead>
          <tr>
            <th>Series</th>
            <th>Time</th>
            <th>Value</th>
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, TABLE_ROWS).map((r, i) => (
            <tr key={i}>
              <td className="mono">{r.labels}</td>
              <td className="mono">{new Date(r.time).toISOString()}</td>
              <td className="num mono">{r.value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function labelText(labels: Record<string, string>): string {
  return `{${Object.entries(labels)
    .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
    .join(', ')}}`;
}
