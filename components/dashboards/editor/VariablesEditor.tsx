'use client';

import { useState } from 'react';
import { addVariable, changeKind, moveVariable, removeVariable, replaceVariable, variableProblems, VARIABLE_KINDS, type VariableKind } from '@/lib/dashboards/edit/variables';
import type { Variable } from '@/lib/dashboards/model';
import type { ResolvedVariable } from '@/lib/dashboards/variables';
import { VariableForm } from './VariableForm';

export interface VariablesEditorProps {
  variables: Variable[];
  /** Resolution of the edited variables (as the dashboard would resolve them now), for the preview. */
  resolved: readonly ResolvedVariable[] | undefined;
  loading: boolean;
  onChange: (variables: Variable[]) => void;
}

const PREVIEWED = 20;

/** The list of variables (add, remove, reorder) and the form of the selected one, with a preview of its values. */
export function VariablesEditor({ variables, resolved, loading, onChange }: VariablesEditorProps) {
  const [selected, setSelected] = useState<number | null>(variables.length ? 0 : null);
  const [kind, setKind] = useState<VariableKind>('query');
  const problems = variableProblems(variables);
  const model = { variables };
  const current = selected !== null ? variables[selected] : undefined;
  const preview = current && resolved?.find((r) => r.name === current.name);
  return (
    <section className="dash-editor__variables" data-testid="variables-editor" aria-label="Variables">
      <div className="dash-editor__var-list">
        <ol>
          {variables.map((v, i) => (
            <li key={i} className={i === selected ? 'is-active' : undefined} data-testid="variable-item">
              <button type="button" className="btn btn--ghost" onClick={() => setSelected(i)} data-testid="variable-select">
                ${v.name} <span className="muted">{v.type}</span>
              </button>
              <button type="button" className="btn btn--ghost" aria-label={`Move ${v.name} up`} disabled={i === 0} onClick={() => (onChange(moveVariable(model, i, -1).variables), setSelected(i - 1))}>
                ↑
              </button>
              <button
                type="button"
                className="btn btn--ghost"
                aria-label={`Move ${v.name} down`}
                disabled={i === variables.length - 1}
                onClick={() => (onChange(moveVariable(model, i, 1).variables), setSelected(i + 1))}
              >
                ↓
              </button>
              <button
                type="button"
                className="btn btn--ghost"
                aria-label={`Remove ${v.name}`}
                onClick={() => {
                  onChange(removeVariable(model, i).variables);
                  setSelected(variables.length > 1 ? Math.max(0, i - 1) : null);
                }}
                data-testid="variable-remove"
              >
                ✕
              </button>
              {problems.has(i) && (
                <span className="bad" role="alert">
                  {problems.get(i)}
                </span>
              )}
            </li>
          ))}
        </ol>
        <div className="dash-editor__row">
          <select className="input" value={kind} onChange={(e) => setKind(e.target.value as VariableKind)} aria-label="Kind of variable" data-testid="variable-kind-new">
            {VARIABLE_KINDS.map((k) => (
              <option key={k}>{k}</option>
            ))}
          </select>
          <button
            type="button"
            className="btn"
            onClick={() => {
              const r = addVariable(model, kind);
              onChange(r.model.variables);
              setSelected(r.index);
            }}
            data-testid="variable-add"
          >
            Add variable
          </button>
        </div>
      </div>
      {current && selected !== null && (
        <div className="dash-editor__var-form">
          <VariableForm
            key={selected}
            variable={current}
            onChange={(v) => onChange(replaceVariable(model, selected, v).variables)}
            onKind={(k) => onChange(replaceVariable(model, selected, changeKind(current, k)).variables)}
          />
          <div className="dash-editor__var-preview" data-testid="variable-preview" aria-busy={loading}>
            <span className="dash-editor__label">Preview of values</span>
            {preview?.error ? (
              <p className="bad" role="alert">
                {preview.error}
              </p>
            ) : preview ? (
              <p>
                {preview.options.length === 0 && current.type !== 'textbox' && current.type !== 'constant' ? (
                  <span className="muted">No values</span>
                ) : (
                  (preview.options.length ? preview.options.map((o) => o.text) : preview.value.values).slice(0, PREVIEWED).map((t, i) => (
                    <span key={i} className="chip" data-testid="variable-preview-value">
                      {t}
                    </span>
                  ))
                )}
                {preview.options.length > PREVIEWED && <span className="muted"> and {preview.options.length - PREVIEWED} more</span>}
              </p>
            ) : (
              <p className="muted">{loading ? 'Resolving…' : 'Not resolved yet'}</p>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
