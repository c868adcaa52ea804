import { describe, expect, it } from 'vitest';
import { ansiColorToCss, parseAnsi, stripAnsi } from './parse-ansi';

const E = '\x1b[';

describe('parseAnsi', () => {
  it('returns plain text as one unstyled segment', () => {
    expect(parseAnsi('hello <b>world</b>')).toEqual([{ text: 'hello <b>world</b>', style: {} }]);
    expect(parseAnsi('')).toEqual([]);
  });

  it('applies and resets basic colours and attributes', () => {
    expect(parseAnsi(`${E}31mERROR${E}0m done`)).toEqual([
      { text: 'ERROR', style: { fg: { index: 1 } } },
      { text: ' done', style: {} },
    ]);
    expect(parseAnsi(`${E}1;4;3;2mx${E}22;23;24my`)).toEqual([
      { text: 'x', style: { bold: true, underline: true, italic: true, dim: true } },
      { text: 'y', style: {} },
    ]);
  });

  it('handles bright, background and default colours', () => {
    expect(parseAnsi(`${E}92;104ma${E}39mb${E}49mc`)).toEqual([
      { text: 'a', style: { fg: { index: 10 }, bg: { index: 12 } } },
      { text: 'b', style: { bg: { index: 12 } } },
      { text: 'c', style: {} },
    ]);
    expect(parseAnsi(`${E}47mw`)).toEqual([{ text: 'w', style: { bg: { index: 7 } } }]);
  });

  it('handles 256-colour and true-colour, with colon separators too', () => {
    expect(parseAnsi(`${E}38;5;208ma${E}48;2;10;20;30mb`)).toEqual([
      { text: 'a', style: { fg: { index: 208 } } },
      { text: 'b', style: { fg: { index: 208 }, bg: { rgb: [10, 20, 30] } } },
    ]);
    expect(parseAnsi(`${E}38:5:33mz`)).toEqual([{ text: 'z', style: { fg: { index: 33 } } }]);
  });

  it('treats ESC[m as reset and ignores unsupported codes', () => {
    expect(parseAnsi(`${E}31ma${E}mb`)).toEqual([
      { text: 'a', style: { fg: { index: 1 } } },
      { text: 'b', style: {} },
    ]);
    expect(parseAnsi(`${E}5;7mblink`)).toEqual([{ text: 'blink', style: {} }]);
    expect(parseAnsi(`${E}38;5;300mx`)).toEqual([{ text: 'x', style: {} }]);
  });

  it('strips non-SGR escapes and keeps the text around them', () => {
    const line = `a${E}2Kb${E}?25lc\x1b]0;title\x07d\x1b]8;;http://x\x1b\\e\x1bMf${E}1;2Hg\x1b`;
    expect(parseAnsi(line)).toEqual([{ text: 'abcdefg', style: {} }]);
  });

  it('merges adjacent text with the same style', () => {
    expect(parseAnsi(`${E}31ma${E}31mb`)).toEqual([{ text: 'ab', style: { fg: { index: 1 } } }]);
  });

  it('strips to plain text', () => {
    expect(stripAnsi(`${E}1;31mboom${E}0m!`)).toBe('boom!');
  });
});

describe('ansiColorToCss', () => {
  it('maps palette, cube, greys and rgb', () => {
    expect(ansiColorToCss({ index: 1 })).toMatch(/^#/);
    expect(ansiColorToCss({ index: 196 })).toBe('rgb(255, 0, 0)');
    expect(ansiColorToCss({ index: 232 })).toBe('rgb(8, 8, 8)');
    expect(ansiColorToCss({ rgb: [1, 2, 3] })).toBe('rgb(1, 2, 3)');
  });
});
