import { describe, expect, it } from 'vitest';
import { cssColor } from './colors';

describe('cssColor', () => {
  it.each([
    ['green', '#73BF69'],
    ['red', '#F2495C'],
    ['semi-dark-orange', '#FF780A'],
    ['dark-red', '#C4162A'],
    ['super-light-blue', '#C0D8FF'],
    ['light-purple', '#CA95E5'],
    ['Dark-Yellow', '#E0B400'],
    ['#ff0', '#ff0'],
    ['#7EB26D', '#7EB26D'],
    ['rgba(237, 129, 40, 0.89)', 'rgba(237, 129, 40, 0.89)'],
    ['rgb(50 116 217 / 50%)', 'rgb(50 116 217 / 50%)'],
    ['steelblue', 'steelblue'],
    ['text', 'var(--text)'],
  ])('%s → %s', (name, css) => expect(cssColor(name)).toBe(css));

  it('refuses anything that is not plain colour syntax', () => {
    expect(cssColor('url(https://x/y.png)', 'F')).toBe('F');
    expect(cssColor('red; background: url(x)', 'F')).toBe('F');
    expect(cssColor('expression(alert(1))', 'F')).toBe('F');
    expect(cssColor('#12345', 'F')).toBe('F');
    expect(cssColor('', 'F')).toBe('F');
    expect(cssColor(undefined, 'F')).toBe('F');
  });
});
