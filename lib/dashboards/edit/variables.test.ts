import { describe, expect, it } from 'vitest';
import { dashboardModel, variable } from '../model';
import { addVariable, changeKind, moveVariable, removeVariable, replaceVariable, variableProblems, VARIABLE_KINDS } from './variables';

const empty = dashboardModel.parse({ title: 'v' });

describe('variable edits', () => {
  it('adds every kind with a free name and a valid definition', () => {
    let m = empty;
    for (const kind of VARIABLE_KINDS) m = addVariable(m, kind).model;
    expect(m.variables.map((v) => [v.name, v.type])).toEqual(VARIABLE_KINDS.map((k, i) => [`var${i + 1}`, k]));
    for (const v of m.variables) expect(variable.safeParse(v).success, v.type).toBe(true);
    expect(empty.variables).toEqual([]);
  });

  it('reorders, replaces and removes without touching the input', () => {
    const m = addVariable(addVariable(empty, 'custom').model, 'textbox').model;
    const moved = moveVariable(m, 1, -1);
    expect(moved.variables.map((v) => v.name)).toEqual(['var2', 'var1']);
    expect(m.variables.map((v) => v.name)).toEqual(['var1', 'var2']);
    expect(moveVariable(m, 0, -1)).toBe(m);
    expect(removeVariable(m, 0).variables.map((v) => v.name)).toEqual(['var2']);
    expect(replaceVariable(m, 0, { ...m.variables[0]!, label: 'L' }).variables[0]!.label).toBe('L');
  });

  it('changes kind keeping name, label and visibility', () => {
    const v = { ...addVariable(empty, 'custom').model.variables[0]!, label: 'Env', hide: 'label' as const };
    expect(changeKind(v, 'constant')).toEqual({ name: 'var1', label: 'Env', hide: 'label', current: [], type: 'constant', value: '' });
  });

  it('names bad and duplicate names', () => {
    const m = addVariable(addVariable(empty, 'textbox').model, 'textbox').model;
    const dup = replaceVariable(m, 1, { ...m.variables[1]!, name: 'var1' });
    expect(variableProblems(dup.variables).get(1)).toMatch(/already called var1/);
    const bad = replaceVariable(m, 0, { ...m.variables[0]!, name: '1x' });
    expect(variableProblems(bad.variables).get(0)).toMatch(/^name: variable names/);
  });
});
