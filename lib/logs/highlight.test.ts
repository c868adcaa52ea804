import { describe, expect, it } from 'vitest';
import { lineFilterPattern, matchRanges } from './highlight';

describe('lineFilterPattern', () => {
  it('matches the positive filters only, exact text escaped', () => {
    const p = lineFilterPattern('{a="b"} |= "a.b" != "skip" |~ "err(or)?" | json');
    expect(matchRanges('xa.b axb error skip', p)).toEqual([[1, 4], [9, 14]]);
  });

  it('reads (?i) as case-insensitive and ignores what JavaScript cannot compile', () => {
    expect(matchRanges('ERROR', lineFilterPattern('{a="b"} |~ "(?i)error"'))).toEqual([[0, 5]]);
    expect(lineFilterPattern('{a="b"} |~ "(?P<x>a)("')).toBeNull();
    expect(lineFilterPattern('{a="b"} | json')).toBeNull();
  });

  it('decodes escapes in the literal', () => {
    expect(matchRanges('say "hi"', lineFilterPattern('{a="b"} |= "\\"hi\\""'))).toEqual([[4, 8]]);
  });
});
