import { describe, expect, it } from 'vitest';
import { positionExcerpt } from './error-position';

describe('positionExcerpt', () => {
  it('finds the line and a 0-based column', () => {
    expect(positionExcerpt('sum(rate(x[5m])', { line: 1, column: 16 })).toEqual({ lineText: 'sum(rate(x[5m])', column: 15 });
    expect(positionExcerpt('a\nbc d', { line: 2, column: 4 })).toEqual({ lineText: 'bc d', column: 3 });
  });

  it('clamps and rejects positions outside the query', () => {
    expect(positionExcerpt('abc', { line: 1, column: 99 })).toEqual({ lineText: 'abc', column: 3 });
    expect(positionExcerpt('abc', { line: 3, column: 1 })).toBeNull();
  });
});
