'use client';

import { useMemo, useState } from 'react';
import { CrosshairProvider } from '@/components/charts/crosshair';
import { DashboardPanel } from '@/components/dashboards/view/DashboardPanel';
import { useDashboardUrl } from '@/components/dashboards/view/use-dashboard-url';
import { VariablesBar } from '@/components/dashboards/view/VariablesBar';
import type { EditablePanelType } from '@/lib/dashboards/edit/panels';
import { type DashboardModel, type Panel } from '@/lib/dashboards/model';
import { scopeOf } from '@/lib/dashboards/variables';
import { useDashboardVariables } from '@/lib/queries/dashboards/use-dashboard-variables';
import { useStoredDashboard } from '@/lib/queries/dashboards/use-dashboard-editing';
import { useTimeRange } from '@/lib/time/use-time-range';
import { EditGrid } from './EditGrid';
import { PANEL_TYPES, PanelEditor } from './PanelEditor';
import { SaveControls } from './SaveControls';
import { SettingsEditor } from './SettingsEditor';
import { useEditorDraft } from './use-editor-draft';
import { VariablesEditor } from './VariablesEditor';
import './editor.css';

export type EditorExit = 'saved' | 'discarded' | 'reload';

export interface DashboardEditorProps {
  uid: string;
  onExit: (how: EditorExit) => void;
}

/**
 * Edit mode of a saved dashboard. Loaded only when the user asks to edit (next/dynamic), so viewers never download
 * it. Edits the model as stored (not the cluster-adapted one the view shows), from the version read when editing began.
 */
export default function DashboardEditor({ uid, onExit }: DashboardEditorProps) {
  const stored = useStoredDashboard(uid);
  if (stored.isError) {
    return (
      <p className="bad" role="alert">
        The dashboard could not be loaded for editing: {stored.error.message}
      </p>
    );
  }
  if (!stored.data) return <p className="muted">Opening the editor…</p>;
  return <EditorSession key={stored.data.version} uid={uid} version={stored.data.version} initial={stored.data.model} onExit={onExit} />;
}

type Tab = 'panels' | 'settings' | 'variables';

function EditorSession({ uid, version, initial, onExit }: { uid: string; version: number; initial: DashboardModel; onExit: (how: EditorExit) => void }) {
  const d = useEditorDraft(initial);
  const { draft } = d;
  const [tab, setTab] = useState<Tab>('panels');
  const [type, setType] = useState<EditablePanelType>('timeseries');
  const time = useTimeRange();
  const { resolved: r } = time;
  const range = useMemo(() => (r.ok ? { startMs: r.startMs, endMs: r.endMs } : null), [r]);
  const url = useDashboardUrl();
  const vars = useDashboardVariables({ modelKey: `${uid}@edit:${JSON.stringify(draft.variables)}`, variables: draft.variables, selected: url.selected, range });
  const scope = useMemo(() => (vars.data ? scopeOf(vars.data) : undefined), [vars.data]);
  const times = { from: time.from, to: time.to };

  const renderPanel = (panel: Panel) =>
    range && <DashboardPanel key={panel.id} panel={panel} scope={scope} range={range} time={times} onZoom={time.zoomTo} />;

  return (
    <div className="view dash-view dash-editor" data-testid="dashboard-editor" data-uid={uid} data-version={version}>
      <header className="dash-header">
        <div className="dash-header__title">
          <h1 className="view-title" data-testid="dashboard-title">
            {draft.title || 'Untitled'}
          </h1>
          <span className="chip" data-testid="editor-mode">
            editing version {version}
            {d.dirty ? ' · unsaved changes' : ''}
          </span>
        </div>
        <SaveControls uid={uid} version={version} draft={draft} initial={initial} dirty={d.dirty} onExit={onExit} />
      </header>
      <div className="tabs" role="tablist">
        {(['panels', 'settings', 'variables'] as const).map((t) => (
          <button key={t} type="button" role="tab" aria-selected={tab === t} className={`tab${tab === t ? ' is-active' : ''}`} onClick={() => setTab(t)} data-testid={`editor-tab-${t}`}>
            {t === 'panels' ? 'Panels' : t === 'settings' ? 'Settings' : `Variables (${draft.variables.length})`}
          </button>
        ))}
      </div>
      {tab === 'settings' && <SettingsEditor model={draft} onChange={d.change} />}
      {tab === 'variables' && <VariablesEditor variables={draft.variables} resolved={vars.data} loading={vars.isFetching} onChange={(variables) => d.change({ variables })} />}
      <VariablesBar variables={draft.variables} resolved={vars.data} onChange={url.setVariable} loading={vars.isFetching} />
      {tab === 'panels' && (
        <div className="dash-editor__row" data-testid="editor-add">
          <select className="input" value={type} onChange={(e) => setType(e.target.value as EditablePanelType)} aria-label="Panel type" data-testid="add-panel-type">
            {PANEL_TYPES.map((p) => (
              <option key={p.type} value={p.type}>
                {p.label}
              </option>
            ))}
          </select>
          <button type="button" className="btn" onClick={() => d.addPanel(type)} data-testid="add-panel">
            Add panel
          </button>
          <button type="button" className="btn" onClick={d.addRow} data-testid="add-row">
            Add row
          </button>
        </div>
      )}
      {!r.ok && (
        <p className="bad" role="alert">
          {r.error}
        </p>
      )}
      <CrosshairProvider>
        {draft.panels.length === 0 ? (
          <p className="muted" data-testid="editor-empty">
            No panels yet: add one above.
          </p>
        ) : (
          <EditGrid model={draft} renderPanel={renderPanel} onPanel={d.onPanel} onRow={d.onRow} />
        )}
        {d.editingPanel && (
          <PanelEditor
            key={d.editingPanel.id}
            panel={d.editingPanel}
            scope={scope}
            range={range}
            time={times}
            onZoom={time.zoomTo}
            onApply={d.applyPanel}
            onClose={d.closePanel}
          />
        )}
      </CrosshairProvider>
    </div>
  );
}
