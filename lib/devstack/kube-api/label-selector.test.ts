import { describe, expect, it } from 'vitest';
import { matchesLabels, parseLabelSelector, SelectorParseError } from './label-selector';

const labels = { app: 'cart', tier: 'web', 'app.kubernetes.io/name': 'cart', version: '3' };
const sel = (s: string, l: Record<string, string> = labels) => matchesLabels(parseLabelSelector(s), l);

describe('label selectors', () => {
  it('supports every operator', () => {
    expect(sel('')).toBe(true);
    expect(sel('app=cart')).toBe(true);
    expect(sel('app==cart')).toBe(true);
    expect(sel('app!=cart')).toBe(false);
    expect(sel('missing!=x')).toBe(true);
    expect(sel('app in (cart, redis)')).toBe(true);
    expect(sel('app in (redis)')).toBe(false);
    expect(sel('app notin (redis)')).toBe(true);
    expect(sel('missing notin (redis)')).toBe(true);
    expect(sel('tier')).toBe(true);
    expect(sel('!tier')).toBe(false);
    expect(sel('!missing')).toBe(true);
    expect(sel('app.kubernetes.io/name=cart')).toBe(true);
    expect(sel('version>2,version<4')).toBe(true);
  });

  it('ANDs comma-separated requirements', () => {
    expect(sel('app=cart,tier=web')).toBe(true);
    expect(sel('app=cart,tier=db')).toBe(false);
    expect(sel('app in (cart,redis),!missing')).toBe(true);
  });

  it('rejects malformed selectors with apimachinery-like messages', () => {
    for (const bad of ['app in cart', 'app=cart,', '=x', 'a b', 'app in (a', 'bad key!=x=y', '-bad=x', 'app=in valid']) {
      expect(() => parseLabelSelector(bad), bad).toThrow(SelectorParseError);
    }
    expect(() => parseLabelSelector('-bad=x')).toThrow(/unable to parse requirement/);
    expect(() => parseLabelSelector('app in cart')).toThrow("found 'cart', expected: '('");
  });
});
