'use client';

import type { Thresholds } from '@/lib/dashboards/model';

const COLORS = ['green', 'blue', 'yellow', 'orange', 'red', 'purple', 'text'];

export interface ThresholdsEditorProps {
  value: Thresholds | undefined;
  onChange: (t: Thresholds | undefined) => void;
}

/** Steps from the base (no value) upwards, each with a colour; add and remove steps. */
export function ThresholdsEditor({ value, onChange }: ThresholdsEditorProps) {
  const t: Thresholds = value ?? { mode: 'absolute', steps: [{ value: null, color: 'green' }] };
  const set = (steps: Thresholds['steps']) => onChange({ ...t, steps });
  const last = t.steps.reduce((m, s) => (s.value !== null && s.value > m ? s.value : m), 0);
  return (
    <div className="dash-editor__thresholds" data-testid="thresholds">
      <span className="dash-editor__label">Thresholds</span>
      {t.steps.map((s, i) => (
        <div key={i} className="dash-editor__row" data-testid="threshold-step">
          <select className="input" value={s.color} onChange={(e) => set(t.steps.map((x, j) => (j === i ? { ...x, color: e.target.value } : x)))} data-testid="threshold-color">
            {[...new Set([s.color, ...COLORS])].map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          {s.value === null ? (
            <span className="muted">Base</span>
          ) : (
            <input
              className="input input--short"
              type="number"
              value={s.value}
              onChange={(e) => e.target.value !== '' && set(t.steps.map((x, j) => (j === i ? { ...x, value: Number(e.target.value) } : x)))}
              data-testid="threshold-value"
            />
          )}
          {s.value !== null && (
            <button type="button" className="btn btn--ghost" onClick={() => set(t.steps.filter((_, j) => j !== i))} data-testid="threshold-remove">
              Remove
            </button>
          )}
        </div>
      ))}
      <button type="button" className="btn" onClick={() => set([...t.steps, { value: last + 10, color: 'red' }])} data-testid="threshold-add">
        Add threshold
      </button>
    </div>
  );
}
