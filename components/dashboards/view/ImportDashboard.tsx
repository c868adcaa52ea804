'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useCreateDashboard, useImportPreview } from '@/lib/queries/dashboards/use-dashboard-mutations';

/**
 * Import: paste or upload Grafana or Lantern JSON, see what could not be carried over, then save and open it.
 * Nothing is saved until "Save"; the preview comes from the server's importer.
 */
export function ImportDashboard() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [json, setJson] = useState('');
  const preview = useImportPreview();
  const create = useCreateDashboard();
  const result = preview.data;

  if (!open) {
    return (
      <button type="button" className="btn" onClick={() => setOpen(true)} data-testid="dashboard-import-open">
        Import
      </button>
    );
  }
  return (
    <section className="dash-import" data-testid="dashboard-import" aria-label="Import a dashboard">
      <label className="field">
        Grafana or Lantern dashboard JSON
        <textarea
          className="input"
          value={json}
          onChange={(e) => {
            setJson(e.target.value);
            preview.reset();
          }}
          placeholder='{"title": "...", "panels": [...]}'
          data-testid="dashboard-import-json"
        />
      </label>
      <label className="field">
        or upload a file{' '}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="dashboard-import-file"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            if (!file) return;
            setJson(await file.text());
            preview.reset();
          }}
        />
      </label>
      <div className="dash-list__actions">
        <button type="button" className="btn" disabled={!json.trim() || preview.isPending} onClick={() => preview.mutate(json)} data-testid="dashboard-import-preview">
          {preview.isPending ? 'Reading…' : 'Preview'}
        </button>
        <button
          type="button"
          className="btn btn--primary"
          disabled={!result || create.isPending}
          onClick={() => result && create.mutate(result.model, { onSuccess: (d) => router.push(`/dashboards/${encodeURIComponent(d.uid)}`) })}
          data-testid="dashboard-import-save"
        >
          {create.isPending ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="btn btn--ghost" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      {preview.isError && (
        <p className="bad" role="alert" data-testid="dashboard-import-error">
          {preview.error.message}
        </p>
      )}
      {create.isError && (
        <p className="bad" role="alert" data-testid="dashboard-import-error">
          {create.error.message}
        </p>
      )}
      {result && (
        <div data-testid="dashboard-import-result">
          <p>
            <strong>{result.model.title}</strong>: {countPanels(result.model.panels)} panels, {result.model.variables.length} variables
            {result.format ? ` (${result.format} JSON)` : ''}.
          </p>
          {result.warnings.length === 0 ? (
            <p className="muted">Everything was imported.</p>
          ) : (
            <ul className="warnings" data-testid="dashboard-import-warnings">
              {result.warnings.map((w, i) => (
                <li key={i}>
                  {w.panelTitle ? <strong>{w.panelTitle}: </strong> : null}
                  {w.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

function countPanels(panels: readonly { type: string; panels?: readonly unknown[] }[]): number {
  return panels.reduce((n, p) => n + (p.type === 'row' ? (p.panels?.length ?? 0) : 1), 0);
}
