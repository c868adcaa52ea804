/** Immutable edits of a dashboard's variables: add (with a free name), replace, change kind, remove, reorder. Pure. */
import { variable as variableSchema, type DashboardModel, type Variable } from '../model';

export type VariableKind = Variable['type'];
export const VARIABLE_KINDS: readonly VariableKind[] = ['query', 'custom', 'constant', 'interval', 'datasource', 'textbox'];

type Model = Pick<DashboardModel, 'variables'>;

/** A variable of `kind` with workable defaults, so that it resolves as soon as it is added. */
export function newVariable(kind: VariableKind, name: string): Variable {
  const base = { name, type: kind };
  switch (kind) {
    case 'query':
      return variableSchema.parse({ ...base, query: 'label_values(up, job)' });
    case 'custom':
      return variableSchema.parse({ ...base, options: [{ text: 'a', value: 'a' }, { text: 'b', value: 'b' }] });
    case 'constant':
      return variableSchema.parse({ ...base, value: '' });
    case 'interval':
      return variableSchema.parse({ ...base, options: ['1m', '5m', '15m', '1h'] });
    case 'datasource':
      return variableSchema.parse({ ...base, datasource: 'prometheus' });
    case 'textbox':
      return variableSchema.parse({ ...base, default: '' });
  }
}

/** `var1`, `var2`, ...: the first name no variable has. */
export function freeName(model: Model, stem = 'var'): string {
  const taken = new Set(model.variables.map((v) => v.name));
  for (let i = 1; ; i++) if (!taken.has(`${stem}${i}`)) return `${stem}${i}`;
}

export function addVariable<M extends Model>(model: M, kind: VariableKind): { model: M; index: number } {
  const v = newVariable(kind, freeName(model));
  return { model: { ...model, variables: [...model.variables, v] }, index: model.variables.length };
}

export function replaceVariable<M extends Model>(model: M, index: number, v: Variable): M {
  return { ...model, variables: model.variables.map((x, i) => (i === index ? v : x)) };
}

/** Another kind, keeping name, label and visibility; kind-specific fields start from the defaults. */
export function changeKind(v: Variable, kind: VariableKind): Variable {
  if (v.type === kind) return v;
  return { ...newVariable(kind, v.name), label: v.label, hide: v.hide } as Variable;
}

export function removeVariable<M extends Model>(model: M, index: number): M {
  return { ...model, variables: model.variables.filter((_, i) => i !== index) };
}

/** Moves a variable one place earlier or later (the bar shows them in this order; later ones may use earlier ones). */
export function moveVariable<M extends Model>(model: M, index: number, dir: -1 | 1): M {
  const j = index + dir;
  if (index < 0 || j < 0 || index >= model.variables.length || j >= model.variables.length) return model;
  const variables = [...model.variables];
  [variables[index], variables[j]] = [variables[j]!, variables[index]!];
  return { ...model, variables };
}

/** Names that are invalid or used twice, with the reason, by index. */
export function variableProblems(variables: readonly Variable[]): Map<number, string> {
  const out = new Map<number, string>();
  const seen = new Map<string, number>();
  variables.forEach((v, i) => {
    const parsed = variableSchema.safeParse(v);
    if (!parsed.success) out.set(i, parsed.error.issues.map((x) => `${x.path.join('.') || 'variable'}: ${x.message}`).join('; '));
    else if (seen.has(v.name)) out.set(i, `another variable is already called ${v.name}`);
    seen.set(v.name, i);
  });
  return out;
}
