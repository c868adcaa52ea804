import { describe, expect, it } from 'vitest';
import { countSelector, pickedSelector, streamCounts, togglePick, valueRows } from './label-browser';

describe('label browser model', () => {
  it('builds the selector: one value is =, several of one label are =~ with regex escaping, labels ANDed', () => {
    let picked = togglePick({}, 'namespace', 'shop');
    expect(pickedSelector(picked)).toBe('{namespace="shop"}');
    picked = togglePick(togglePick(picked, 'app', 'cart'), 'app', 'web.v2 "x"');
    expect(pickedSelector(picked)).toBe('{namespace="shop", app=~"cart|web\\\\.v2 \\"x\\""}');
    picked = togglePick(togglePick(picked, 'app', 'cart'), 'app', 'web.v2 "x"');
    expect(picked).toEqual({ namespace: ['shop'] });
    expect(pickedSelector({})).toBe('');
  });

  it('counts a label with the other picks only', () => {
    const picked = { namespace: ['shop'], app: ['cart'] };
    expect(countSelector(picked, 'namespace')).toBe('{app="cart", namespace=~".+"}');
    expect(countSelector(picked, 'pod')).toBe('{namespace="shop", app="cart", pod=~".+"}');
  });

  it('counts streams per value and lists values by count, filtered by search', () => {
    const counts = streamCounts([{ namespace: 'shop' }, { namespace: 'shop' }, { namespace: 'kube-system' }, { app: 'x' }], 'namespace');
    expect([...counts]).toEqual([['shop', 2], ['kube-system', 1]]);
    expect(valueRows(['default', 'kube-system', 'shop'], counts, '')).toEqual([
      { value: 'shop', count: 2 },
      { value: 'kube-system', count: 1 },
      { value: 'default', count: 0 },
    ]);
    expect(valueRows(['default', 'kube-system', 'shop'], counts, 'SY').map((r) => r.value)).toEqual(['kube-system']);
  });
});
