import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quote } from '@/lib/promql/escape';
import { unquoteLiteral } from './string-literal';

describe('unquoteLiteral', () => {
  it('decodes Go escapes in double and single quotes', () => {
    expect(unquoteLiteral('"a\\"b\\\\c\\n\\t"')).toBe('a"b\\c\n\t');
    expect(unquoteLiteral("'it\\'s'")).toBe("it's");
    expect(unquoteLiteral('"\\u65e5\\U0001F525\\x41\\101"')).toBe('日🔥AA');
    expect(unquoteLiteral('"\\xe6\\x97\\xa5"')).toBe('日'); // UTF-8 spelled byte by byte
  });

  it('keeps raw strings as written', () => {
    expect(unquoteLiteral('`a\\.b"c`')).toBe('a\\.b"c');
  });

  it('refuses what is not a well-formed literal', () => {
    for (const bad of ['"abc', 'abc', '"a\\q"', '"\\x4"', '"\\ud800"', '"\\xff"', '"a"b"', '"a\nb"', '"\\']) {
      expect(unquoteLiteral(bad)).toBeNull();
    }
  });

  it('inverts quote() for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(unquoteLiteral(quote(s))).toBe(s);
      }),
    );
  });
});
