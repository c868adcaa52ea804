'use client';

import { UNITS, type FieldDefaults, type Panel } from '@/lib/dashboards/model';
import { ThresholdsEditor } from './ThresholdsEditor';

export interface PanelOptionsEditorProps {
  panel: Panel;
  onChange: (p: Panel) => void;
}

type TimeseriesPanel = Extract<Panel, { type: 'timeseries' }>;
type Reduce = Extract<Panel, { type: 'stat' }>['options']['reduce'];
const REDUCERS: Reduce[] = ['last', 'mean', 'max', 'min', 'sum'];
const LEGEND_CALCS = ['last', 'mean', 'max'] as const;

const num = (s: string) => (s.trim() === '' || Number.isNaN(Number(s)) ? undefined : Number(s));

/** Standard options (unit, min, max, decimals, thresholds) and the options of the panel's type. */
export function PanelOptionsEditor({ panel, onChange }: PanelOptionsEditorProps) {
  if (panel.type === 'text') return <TextOptions panel={panel} onChange={onChange} />;
  if (panel.type === 'logs' || panel.type === 'unsupported') return null;
  const d = panel.fieldConfig.defaults;
  const setDefaults = (change: Partial<FieldDefaults>) => {
    const defaults = { ...d, ...change };
    for (const k of Object.keys(defaults) as (keyof FieldDefaults)[]) if (defaults[k] === undefined || defaults[k] === '') delete defaults[k];
    onChange({ ...panel, fieldConfig: { ...panel.fieldConfig, defaults } } as Panel);
  };
  return (
    <>
      <fieldset className="dash-editor__group" data-testid="panel-standard-options">
        <legend>Standard options</legend>
        <div className="dash-editor__row">
          <label className="field">
            Unit
            <select className="input" value={d.unit ?? ''} onChange={(e) => setDefaults({ unit: e.target.value || undefined })} data-testid="option-unit">
              <option value="">(none)</option>
              {[...new Set([...(d.unit ? [d.unit] : []), ...UNITS])].map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            Min
            <input className="input input--short" type="number" value={d.min ?? ''} onChange={(e) => setDefaults({ min: num(e.target.value) })} data-testid="option-min" />
          </label>
          <label className="field">
            Max
            <input className="input input--short" type="number" value={d.max ?? ''} onChange={(e) => setDefaults({ max: num(e.target.value) })} data-testid="option-max" />
          </label>
          <label className="field">
            Decimals
            <input
              className="input input--short"
              type="number"
              min={0}
              max={10}
              value={d.decimals ?? ''}
              onChange={(e) => {
                const v = num(e.target.value);
                setDefaults({ decimals: v === undefined ? undefined : Math.min(10, Math.max(0, Math.round(v))) });
              }}
              data-testid="option-decimals"
            />
          </label>
        </div>
        <ThresholdsEditor value={d.thresholds} onChange={(thresholds) => setDefaults({ thresholds })} />
      </fieldset>
      {panel.type === 'timeseries' && <TimeseriesOptions panel={panel} onChange={onChange} />}
      {(panel.type === 'stat' || panel.type === 'gauge' || panel.type === 'bargauge') && (
        <fieldset className="dash-editor__group">
          <legend>Value</legend>
          <label className="field">
            Calculation
            <select
              className="input"
              value={panel.options.reduce}
              onChange={(e) => onChange({ ...panel, options: { ...panel.options, reduce: e.target.value as Reduce } } as Panel)}
              data-testid="option-reduce"
            >
              {REDUCERS.map((r) => (
                <option key={r}>{r}</option>
              ))}
            </select>
          </label>
        </fieldset>
      )}
    </>
  );
}

function TimeseriesOptions({ panel, onChange }: { panel: TimeseriesPanel; onChange: (p: Panel) => void }) {
  const o = panel.options;
  const set = (change: Partial<TimeseriesPanel['options']>) => onChange({ ...panel, options: { ...o, ...change } });
  const style = o.drawStyle === 'bars' ? 'bars' : o.fill === 'area' ? 'area' : 'lines';
  return (
    <fieldset className="dash-editor__group" data-testid="panel-graph-options">
      <legend>Graph</legend>
      <div className="dash-editor__row">
        <label className="field">
          Draw style
          <select
            className="input"
            value={style}
            onChange={(e) => set(e.target.value === 'bars' ? { drawStyle: 'bars', fill: 'none' } : { drawStyle: 'line', fill: e.target.value === 'area' ? 'area' : 'none' })}
            data-testid="option-draw-style"
          >
            <option value="lines">Lines</option>
            <option value="bars">Bars</option>
            <option value="area">Area</option>
          </select>
        </label>
        <label className="dash-editor__check">
          <input type="checkbox" checked={o.stacking !== 'none'} onChange={(e) => set({ stacking: e.target.checked ? 'normal' : 'none' })} data-testid="option-stacked" /> Stacked
        </label>
        <label className="field">
          Legend
          <select className="input" value={o.legend.mode} onChange={(e) => set({ legend: { ...o.legend, mode: e.target.value as 'list' } })} data-testid="option-legend-mode">
            <option value="list">List</option>
            <option value="table">Table</option>
            <option value="hidden">Hidden</option>
          </select>
        </label>
        {LEGEND_CALCS.map((c) => (
          <label key={c} className="dash-editor__check">
            <input
              type="checkbox"
              checked={o.legend.calcs.includes(c)}
              disabled={o.legend.mode === 'hidden'}
              onChange={(e) => set({ legend: { ...o.legend, calcs: e.target.checked ? [...o.legend.calcs, c] : o.legend.calcs.filter((x) => x !== c) } })}
              data-testid={`option-legend-${c}`}
            />{' '}
            {c}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function TextOptions({ panel, onChange }: { panel: Extract<Panel, { type: 'text' }>; onChange: (p: Panel) => void }) {
  const o = panel.options;
  return (
    <fieldset className="dash-editor__group">
      <legend>Text</legend>
      <label className="field">
        Mode
        <select className="input" value={o.mode} onChange={(e) => onChange({ ...panel, options: { ...o, mode: e.target.value as 'markdown' } })}>
          <option value="markdown">Markdown</option>
          <option value="text">Plain text</option>
        </select>
      </label>
      <label className="field">
        Content
        <textarea className="input dash-editor__text" value={o.content} onChange={(e) => onChange({ ...panel, options: { ...o, content: e.target.value } })} data-testid="option-text-content" />
      </label>
    </fieldset>
  );
}
