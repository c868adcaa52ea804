import { describe, expect, it } from 'vitest';
import { matcherLiteral, pickedMatchers, streamSelector } from './escape';

describe('LogQL literals for picked values', () => {
  it('quotes for = and regex-escapes for =~', () => {
    expect(matcherLiteral('=', 'a"b\\c\nd')).toBe('"a\\"b\\\\c\\nd"');
    expect(matcherLiteral('=~', 'a.b|c')).toBe('"a\\\\.b\\\\|c"');
    expect(matcherLiteral('!=', '\udc00x')).toBe('"\ufffdx"');
  });

  it('one value per label is =, several are =~ "a|b" escaped, labels are ANDed, empty picks dropped', () => {
    const m = pickedMatchers({ namespace: ['shop'], app: ['cart', 'web.v2'], pod: [] });
    expect(streamSelector(m)).toBe('{namespace="shop", app=~"cart|web\\\\.v2"}');
  });
});
