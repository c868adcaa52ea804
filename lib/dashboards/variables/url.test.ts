import { describe, expect, it } from 'vitest';
import { variable } from '../model';
import { readVariableParams, urlVariableValues, variableParamChanges } from './url';

describe('variable URL params', () => {
  it('reads repeated var- params by name', () => {
    const p = new URLSearchParams('from=now-1h&var-ns=a&var-pod=x&var-pod=y%20z&var-all=%24__all&var-empty=&var-=bad');
    expect(readVariableParams(p)).toEqual({ ns: ['a'], pod: ['x', 'y z'], all: ['$__all'], empty: [''] });
  });

  it('replaces, appends and removes without touching other params', () => {
    const next = variableParamChanges('from=now-6h&var-ns=a&var-pod=x&var-pod=y', { pod: ['p"1', 'p&2'], ns: null, node: ['$__all'] });
    const p = new URLSearchParams(next);
    expect(p.get('from')).toBe('now-6h');
    expect(p.getAll('var-pod')).toEqual(['p"1', 'p&2']);
    expect(p.has('var-ns')).toBe(false);
    expect(p.get('var-node')).toBe('$__all');
    expect(readVariableParams(p)).toEqual({ pod: ['p"1', 'p&2'], node: ['$__all'] });
  });

  it('round-trips any selection', () => {
    const values = { a: ['日本', 'x=y&z', '', '%41'], b: ['$__all'] };
    expect(readVariableParams(new URLSearchParams(variableParamChanges('', values)))).toEqual(values);
  });

  it('leaves constants out of URLs', () => {
    const vars = [variable.parse({ type: 'constant', name: 'c', value: 'v' }), variable.parse({ type: 'textbox', name: 't' })];
    expect(urlVariableValues(vars, [{ name: 'c', current: ['v'] }, { name: 't', current: ['q'] }])).toEqual({ t: ['q'] });
  });
});
