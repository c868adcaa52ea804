'use client';

import { useState } from 'react';
import { VARIABLE_KINDS, type VariableKind } from '@/lib/dashboards/edit/variables';
import type { Variable } from '@/lib/dashboards/model';

export interface VariableFormProps {
  variable: Variable;
  onChange: (v: Variable) => void;
  onKind: (kind: VariableKind) => void;
}

const list = (s: string) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');

/** One variable's fields, by kind. */
export function VariableForm({ variable: v, onChange, onKind }: VariableFormProps) {
  const set = (change: Partial<Variable>) => onChange({ ...v, ...change } as Variable);
  return (
    <div className="dash-editor__group" data-testid="variable-form">
      <div className="dash-editor__row">
        <label className="field">
          Name
          <input className="input" value={v.name} onChange={(e) => set({ name: e.target.value })} data-testid="variable-name" />
        </label>
        <label className="field">
          Label
          <input className="input" value={v.label ?? ''} onChange={(e) => set({ label: e.target.value || undefined })} data-testid="variable-label" />
        </label>
        <label className="field">
          Kind
          <select className="input" value={v.type} onChange={(e) => onKind(e.target.value as VariableKind)} data-testid="variable-kind">
            {VARIABLE_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
        </label>
        <label className="field">
          Hide
          <select className="input" value={v.hide} onChange={(e) => set({ hide: e.target.value as Variable['hide'] })}>
            <option value="none">nothing</option>
            <option value="label">label</option>
            <option value="variable">variable</option>
          </select>
        </label>
      </div>
      <KindFields v={v} set={set} />
      {(v.type === 'query' || v.type === 'custom') && (
        <div className="dash-editor__row">
          <label className="dash-editor__check">
            <input type="checkbox" checked={v.multi} onChange={(e) => set({ multi: e.target.checked })} data-testid="variable-multi" /> Multi-value
          </label>
          <label className="dash-editor__check">
            <input type="checkbox" checked={v.includeAll} onChange={(e) => set({ includeAll: e.target.checked })} data-testid="variable-include-all" /> Include All
          </label>
          {v.includeAll && (
            <label className="field">
              Custom all value
              <input className="input" value={v.allValue ?? ''} placeholder=".*" onChange={(e) => set({ allValue: e.target.value || undefined })} />
            </label>
          )}
        </div>
      )}
    </div>
  );
}

function KindFields({ v, set }: { v: Variable; set: (change: Partial<Variable>) => void }) {
  switch (v.type) {
    case 'query':
      return (
        <div className="dash-editor__row">
          <label className="field dash-editor__wide">
            Query
            <input className="input" value={v.query} onChange={(e) => set({ query: e.target.value })} placeholder="label_values(up, job)" data-testid="variable-query" />
          </label>
          <label className="field">
            Regex
            <input className="input" value={v.regex ?? ''} onChange={(e) => set({ regex: e.target.value || undefined })} />
          </label>
          <label className="field">
            Sort
            <select className="input" value={v.sort} onChange={(e) => set({ sort: e.target.value as typeof v.sort })}>
              {(['none', 'alpha', 'alpha-desc', 'numeric', 'numeric-desc'] as const).map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          </label>
          <label className="field">
            Refresh
            <select className="input" value={v.refresh} onChange={(e) => set({ refresh: e.target.value as typeof v.refresh })}>
              <option value="load">on load</option>
              <option value="time">on time range change</option>
            </select>
          </label>
        </div>
      );
    case 'custom':
      return <ListField label="Values (comma-separated)" values={v.options.map((o) => o.value)} onChange={(xs) => set({ options: xs.map((x) => ({ text: x, value: x })) })} testId="variable-values" />;
    case 'interval':
      return (
        <div className="dash-editor__row">
          <ListField label="Intervals (comma-separated)" values={v.options} onChange={(options) => options.length && set({ options })} testId="variable-values" />
          <label className="dash-editor__check">
            <input type="checkbox" checked={v.auto} onChange={(e) => set({ auto: e.target.checked })} /> Auto option
          </label>
        </div>
      );
    case 'constant':
      return (
        <label className="field">
          Value
          <input className="input" value={v.value} onChange={(e) => set({ value: e.target.value })} data-testid="variable-value" />
        </label>
      );
    case 'textbox':
      return (
        <label className="field">
          Default value
          <input className="input" value={v.default} onChange={(e) => set({ default: e.target.value })} data-testid="variable-value" />
        </label>
      );
    case 'datasource':
      return (
        <label className="field">
          Datasource
          <select className="input" value={v.datasource} onChange={(e) => set({ datasource: e.target.value as 'prometheus' })}>
            <option value="prometheus">Prometheus</option>
            <option value="loki">Loki</option>
          </select>
        </label>
      );
  }
}

/** A comma-separated list edited as text: the text is kept while typing (a trailing comma is not lost). */
function ListField({ label, values, onChange, testId }: { label: string; values: string[]; onChange: (xs: string[]) => void; testId: string }) {
  const [text, setText] = useState(values.join(', '));
  return (
    <label className="field dash-editor__wide">
      {label}
      <input
        className="input"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          onChange(list(e.target.value));
        }}
        data-testid={testId}
      />
    </label>
  );
}
