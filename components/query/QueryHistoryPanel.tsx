'use client';

import { useEffect, useState } from 'react';
import { useDeleteQuery, useQueryHistory, useStarQuery, type HistoryDatasource, type QueryHistoryEntry } from '@/lib/queries/history';
import { formatLocalTime } from '@/lib/time/format';
import './query-history.css';

const SEARCH_DEBOUNCE_MS = 200;
const LIST_LIMIT = 200;

export interface QueryHistoryPanelProps {
  datasource: HistoryDatasource;
  /** Loads an entry's text into the editor. */
  onPick: (query: string) => void;
  /** Shows a close button (and Escape) when given. */
  onClose?: () => void;
}

/** The stored query history of one datasource: search, starred filter, star/unstar, delete, click to load. */
export function QueryHistoryPanel({ datasource, onPick, onClose }: QueryHistoryPanelProps) {
  const [search, setSearch] = useState('');
  const [starredOnly, setStarredOnly] = useState(false);
  const debounced = useDebounced(search.trim(), SEARCH_DEBOUNCE_MS);
  const list = useQueryHistory({ datasource, search: debounced || undefined, starred: starredOnly || undefined, limit: LIST_LIMIT });
  const star = useStarQuery();
  const remove = useDeleteQuery();
  const entries = list.data ?? [];
  const failure = list.error ?? star.error ?? remove.error;

  return (
    <aside
      className="history-panel"
      aria-label="Query history"
      data-testid="history-panel"
      onKeyDown={(e) => e.key === 'Escape' && onClose?.()}
    >
      <header className="history-panel__header">
        <strong>Query history</strong>
        <span className="history-panel__kind">{datasource === 'loki' ? 'LogQL' : 'PromQL'}</span>
        {onClose && (
          <button type="button" className="btn btn--ghost history-panel__close" onClick={onClose} aria-label="Close history">
            Close
          </button>
        )}
      </header>
      <div className="history-panel__filters">
        <input
          type="search"
          className="input history-panel__search"
          placeholder="Search queries"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          spellCheck={false}
          autoFocus
          aria-label="Search query history"
          data-testid="history-search"
        />
        <label className="toggle">
          <input type="checkbox" checked={starredOnly} onChange={(e) => setStarredOnly(e.target.checked)} data-testid="history-starred-only" />
          Starred
        </label>
      </div>
      {failure ? (
        <p className="form-error" role="alert" data-testid="history-error">
          {failure.message}
        </p>
      ) : null}
      {list.isPending ? (
        <p className="hint">Loading…</p>
      ) : entries.length === 0 ? (
        <p className="hint" data-testid="history-empty">
          {debounced || starredOnly ? 'No query matches.' : 'Queries you run appear here.'}
        </p>
      ) : (
        <ul className="history-panel__list">
          {entries.map((e) => (
            <HistoryRow
              key={e.id}
              entry={e}
              onPick={onPick}
              onStar={() => star.mutate({ id: e.id, starred: !e.starred })}
              onDelete={() => remove.mutate(e.id)}
            />
          ))}
        </ul>
      )}
    </aside>
  );
}

function HistoryRow({ entry, onPick, onStar, onDelete }: { entry: QueryHistoryEntry; onPick: (q: string) => void; onStar: () => void; onDelete: () => void }) {
  const lastRun = Date.parse(entry.lastRunAt);
  return (
    <li className="history-item" data-testid="history-item" data-starred={entry.starred}>
      <button type="button" className="history-item__query" onClick={() => onPick(entry.query)} title={`Load into the editor:\n${entry.query}`}>
        {entry.query}
      </button>
      <span className="history-item__meta">
        {entry.runCount}× · {Number.isNaN(lastRun) ? '' : formatLocalTime(lastRun, true)}
      </span>
      <button
        type="button"
        className={`history-item__action${entry.starred ? ' is-starred' : ''}`}
        onClick={onStar}
        aria-pressed={entry.starred}
        aria-label={entry.starred ? 'Unstar' : 'Star'}
        title={entry.starred ? 'Unstar' : 'Star'}
        data-testid="history-star"
      >
        {entry.starred ? '★' : '☆'}
      </button>
      <button type="button" className="history-item__action" onClick={onDelete} aria-label="Delete from history" title="Delete" data-testid="history-delete">
        ✕
      </button>
    </li>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [current, setCurrent] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setCurrent(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return current;
}
