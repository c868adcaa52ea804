'use client';

import { useState } from 'react';
import type { Variable } from '@/lib/dashboards/model';
import { ALL_VALUE, type ResolvedVariable } from '@/lib/dashboards/variables';

export interface VariablesBarProps {
  variables: readonly Variable[];
  resolved: readonly ResolvedVariable[] | undefined;
  /** A new selection for one variable (`[ALL_VALUE]` for All). */
  onChange: (name: string, values: string[]) => void;
  loading?: boolean;
}

/** One control per visible variable: a select (multiple for multi-value ones), or a text box. Constants are hidden. */
export function VariablesBar({ variables, resolved, onChange, loading }: VariablesBarProps) {
  const visible = variables.filter((v) => v.type !== 'constant' && v.hide !== 'variable');
  if (visible.length === 0) return null;
  const byName = new Map((resolved ?? []).map((r) => [r.name, r]));
  return (
    <div className="dash-vars" data-testid="variables-bar" aria-busy={loading}>
      {visible.map((v) => (
        <VariableControl key={v.name} variable={v} resolved={byName.get(v.name)} onChange={(values) => onChange(v.name, values)} />
      ))}
    </div>
  );
}

function VariableControl({ variable: v, resolved, onChange }: { variable: Variable; resolved?: ResolvedVariable; onChange: (values: string[]) => void }) {
  const label = v.hide === 'label' ? null : <span className="dash-vars__label">{v.label || v.name}</span>;
  const testId = `variable-${v.name}`;
  const error = resolved?.error ? (
    <span className="dash-vars__error" role="alert" data-testid="variable-error" title={resolved.error}>
      {resolved.error}
    </span>
  ) : null;
  if (v.type === 'textbox') {
    return (
      <label className="dash-vars__item">
        {label}
        <TextVariable key={resolved?.current[0] ?? v.default} value={resolved?.current[0] ?? v.default} onCommit={(t) => onChange([t])} testId={testId} />
        {error}
      </label>
    );
  }
  const multi = (v.type === 'query' || v.type === 'custom') && v.multi;
  const options = resolved?.options ?? [];
  const current = resolved?.current ?? v.current;
  return (
    <label className="dash-vars__item">
      {label}
      <select
        className="select dash-vars__select"
        data-testid={testId}
        data-variable={v.name}
        multiple={multi}
        size={multi ? Math.min(4, Math.max(2, options.length)) : undefined}
        value={multi ? current : (current[0] ?? '')}
        disabled={!resolved}
        onChange={(e) => {
          const picked = Array.from(e.target.selectedOptions, (o) => o.value);
          // Picking "All" together with values means "All"; picking values after "All" drops it.
          const next = picked.includes(ALL_VALUE) && !current.includes(ALL_VALUE) ? [ALL_VALUE] : picked.filter((p) => p !== ALL_VALUE || picked.length === 1);
          onChange(next.length ? next : picked);
        }}
      >
        {!multi && !options.some((o) => o.value === current[0]) && current[0] !== undefined && <option value={current[0]}>{current[0]}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.text}
          </option>
        ))}
      </select>
      {error}
    </label>
  );
}

function TextVariable({ value, onCommit, testId }: { value: string; onCommit: (text: string) => void; testId: string }) {
  const [draft, setDraft] = useState(value);
  return (
    <input
      className="input dash-vars__text"
      data-testid={testId}
      value={draft}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => draft !== value && onCommit(draft)}
      onKeyDown={(e) => e.key === 'Enter' && draft !== value && onCommit(draft)}
    />
  );
}
