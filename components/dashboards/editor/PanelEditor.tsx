'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { DashboardPanel } from '@/components/dashboards/view/DashboardPanel';
import { GRID_ROW_PX } from '@/components/dashboards/view/grid-layout';
import { changePanelType, type EditablePanelType } from '@/lib/dashboards/edit/panels';
import { panel as panelSchema, type Panel } from '@/lib/dashboards/model';
import type { VariableScope } from '@/lib/dashboards/variables';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { PanelOptionsEditor } from './PanelOptionsEditor';
import { QueriesEditor } from './QueriesEditor';
import { queryProblems } from './query-problems';

export const PANEL_TYPES: { type: EditablePanelType; label: string }[] = [
  { type: 'timeseries', label: 'Time series' },
  { type: 'stat', label: 'Stat' },
  { type: 'gauge', label: 'Gauge' },
  { type: 'bargauge', label: 'Bar gauge' },
  { type: 'table', label: 'Table' },
  { type: 'text', label: 'Text' },
  { type: 'logs', label: 'Logs' },
];

/** The preview waits for a pause in typing instead of querying on every keystroke. */
const PREVIEW_DELAY_MS = 600;

export interface PanelEditorProps {
  panel: Panel;
  scope: VariableScope | undefined;
  range: ResolvedRange | null;
  time: { from: string; to: string };
  onZoom: (startMs: number, endMs: number) => void;
  onApply: (panel: Panel) => void;
  onClose: () => void;
}

/**
 * One panel's editor, full screen over the dashboard: a live preview on the dashboard's time range above the
 * options. "Apply" puts the panel back on the (unsaved) dashboard; it refuses queries with syntax errors and says
 * where they are, so a broken query is never applied unnoticed.
 */
export function PanelEditor({ panel: initial, scope, range, time, onZoom, onApply, onClose }: PanelEditorProps) {
  const [panel, setPanel] = useState(initial);
  const [preview, setPreview] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setPreview(panel), PREVIEW_DELAY_MS);
    return () => clearTimeout(timer.current);
  }, [panel]);

  const problems = useMemo(() => (panel.type === 'text' ? [] : queryProblems(panel.targets)), [panel]);
  const invalid = useMemo(() => {
    const r = panelSchema.safeParse(panel);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }, [panel]);
  const [tried, setTried] = useState(false);
  const apply = () => {
    setTried(true);
    if (problems.length === 0 && invalid.length === 0) onApply(panel);
  };

  return (
    <div className="dash-editor__panel" role="dialog" aria-label={`Edit panel ${initial.title}`} data-testid="panel-editor">
      <header className="dash-editor__panel-head">
        <h2>Edit panel</h2>
        <div className="dash-editor__row">
          {tried && (problems.length > 0 || invalid.length > 0) && (
            <span className="bad" role="alert" data-testid="panel-editor-blocked">
              {problems.length > 0 ? `Fix the query errors before applying (${problems.map((p) => p.refId).join(', ')})` : invalid.join('; ')}
            </span>
          )}
          <button type="button" className="btn" onClick={() => setPreview(panel)} data-testid="panel-editor-run">
            Run
          </button>
          <button type="button" className="btn btn--ghost" onClick={onClose} data-testid="panel-editor-cancel">
            Cancel
          </button>
          <button type="button" className="btn btn--primary" onClick={apply} data-testid="panel-editor-apply">
            Apply
          </button>
        </div>
      </header>
      <div className="dash-editor__preview" style={{ height: Math.min(480, Math.max(200, panel.gridPos.h * GRID_ROW_PX)) }} data-testid="panel-editor-preview">
        {range && <DashboardPanel panel={preview} scope={scope} range={range} time={time} onZoom={onZoom} />}
      </div>
      <div className="dash-editor__form">
        <fieldset className="dash-editor__group">
          <legend>Panel</legend>
          <div className="dash-editor__row">
            <label className="field">
              Title
              <input className="input" value={panel.title} onChange={(e) => setPanel({ ...panel, title: e.target.value })} data-testid="panel-title-input" />
            </label>
            <label className="field">
              Type
              <select
                className="input"
                value={panel.type}
                onChange={(e) => setPanel(changePanelType(panel, e.target.value as EditablePanelType))}
                data-testid="panel-type-select"
              >
                {panel.type === 'unsupported' && <option value="unsupported">{panel.options.originalType} (not supported)</option>}
                {PANEL_TYPES.map((t) => (
                  <option key={t.type} value={t.type}>
                    {t.label}
                  </option>
                ))}
              </select>
            </label>
            {panel.type !== 'text' && (
              <label className="field">
                Min interval
                <input
                  className="input input--short"
                  value={panel.interval ?? ''}
                  placeholder="auto"
                  onChange={(e) => {
                    const { interval: _, ...rest } = panel;
                    setPanel((e.target.value ? { ...rest, interval: e.target.value } : rest) as Panel);
                  }}
                  data-testid="panel-interval"
                />
              </label>
            )}
          </div>
          <label className="field">
            Description
            <input className="input" value={panel.description ?? ''} onChange={(e) => setPanel({ ...panel, description: e.target.value || undefined } as Panel)} />
          </label>
        </fieldset>
        {panel.type !== 'text' && panel.type !== 'unsupported' && (
          <QueriesEditor panel={panel} problems={problems} onChange={(targets) => setPanel({ ...panel, targets } as Panel)} onRun={() => setPreview(panel)} />
        )}
        <PanelOptionsEditor panel={panel} onChange={setPanel} />
      </div>
    </div>
  );
}
