import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from './duration';

describe('parseDuration', () => {
  it.each([
    ['15s', 15_000],
    ['1h30m', 5_400_000],
    ['500ms', 500],
    ['7d', 604_800_000],
    ['1w2d', 777_600_000],
    ['1y', 31_536_000_000],
    ['1m30s500ms', 90_500],
  ])('%s → %d', (text, ms) => expect(parseDuration(text)).toBe(ms));

  it.each(['', 'h', '1.5h', '30m1h', '1h1h', '-1h', '1 h', '1H', '10x', '1hm'])('rejects %j', (text) => {
    expect(parseDuration(text)).toBeNull();
  });
});

describe('formatDuration', () => {
  it.each([
    [5_400_000, '1h30m'],
    [15_000, '15s'],
    [604_800_000, '1w'],
    [86_400_000 * 2, '2d'],
    [0, '0s'],
    [90_500, '1m30s500ms'],
  ])('%d → %s', (ms, text) => expect(formatDuration(ms)).toBe(text));

  it('round-trips', () => {
    for (const text of ['1h30m', '2d', '5m', '1w', '12h']) expect(formatDuration(parseDuration(text)!)).toBe(text);
  });
});
