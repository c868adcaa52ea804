'use client';

import { useId, useState } from 'react';
import type { HistoryDatasource } from '@/lib/queries/history';
import { QueryHistoryPanel } from './QueryHistoryPanel';

interface QueryHistoryProps {
  datasource: HistoryDatasource;
  /** Loads a past query into the editor (the panel closes). */
  onPick: (query: string) => void;
}

/** A "History" button for a query bar that opens the history panel as a drawer under it, beside the editor. */
export function QueryHistory({ datasource, onPick }: QueryHistoryProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  return (
    <div className="history-anchor">
      <button
        type="button"
        className={`btn${open ? ' is-active' : ''}`}
        onClick={() => setOpen((o) => !o)}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        title="Query history"
        data-testid="history-toggle"
      >
        History
      </button>
      {open && (
        <div id={panelId} className="history-anchor__drawer">
          <QueryHistoryPanel
            datasource={datasource}
            onPick={(q) => {
              onPick(q);
              setOpen(false);
            }}
            onClose={() => setOpen(false)}
          />
        </div>
      )}
    </div>
  );
}
