'use client';

import { useState } from 'react';
import type { DashboardModel } from '@/lib/dashboards/model';

const REFRESH: DashboardModel['refresh'][] = ['off', '5s', '10s', '30s', '1m', '5m'];

export interface SettingsEditorProps {
  model: DashboardModel;
  onChange: (change: Partial<DashboardModel>) => void;
}

/** Title, tags, description, default time range and refresh of the dashboard. */
export function SettingsEditor({ model, onChange }: SettingsEditorProps) {
  // Tags are typed as text; the list is derived from it so "a, " does not lose the comma while typing.
  const [tags, setTags] = useState(model.tags.join(', '));
  return (
    <section className="dash-editor__group" data-testid="settings-editor" aria-label="Dashboard settings">
      <div className="dash-editor__row">
        <label className="field dash-editor__wide">
          Title
          <input className="input" value={model.title} onChange={(e) => onChange({ title: e.target.value })} data-testid="settings-title" />
        </label>
        <label className="field dash-editor__wide">
          Tags (comma-separated)
          <input
            className="input"
            value={tags}
            onChange={(e) => {
              setTags(e.target.value);
              onChange({ tags: [...new Set(e.target.value.split(',').map((t) => t.trim()).filter((t) => t !== ''))] });
            }}
            data-testid="settings-tags"
          />
        </label>
      </div>
      <label className="field">
        Description
        <textarea className="input" value={model.description ?? ''} onChange={(e) => onChange({ description: e.target.value || undefined })} data-testid="settings-description" />
      </label>
      <div className="dash-editor__row">
        <label className="field">
          Default time from
          <input className="input input--short" value={model.time.from} onChange={(e) => onChange({ time: { ...model.time, from: e.target.value } })} data-testid="settings-time-from" />
        </label>
        <label className="field">
          to
          <input className="input input--short" value={model.time.to} onChange={(e) => onChange({ time: { ...model.time, to: e.target.value } })} data-testid="settings-time-to" />
        </label>
        <label className="field">
          Refresh
          <select className="input" value={model.refresh} onChange={(e) => onChange({ refresh: e.target.value as DashboardModel['refresh'] })} data-testid="settings-refresh">
            {REFRESH.map((r) => (
              <option key={r}>{r}</option>
            ))}
          </select>
        </label>
      </div>
    </section>
  );
}
