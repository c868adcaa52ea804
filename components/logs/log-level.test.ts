import { describe, expect, it } from 'vitest';
import { guessLogLevel } from './log-level';

describe('guessLogLevel', () => {
  it.each([
    ['{"level":"error","ts":"2026-11-21T23:47:29Z","msg":"failed"}', 'error'],
    ['ts=2026-11-21T23:47:29Z level=warn msg="slow"', 'warn'],
    ['time="x" lvl=DEBUG msg=hi', 'debug'],
    ['E1121 23:47:29.325036       1 reflector.go:138] failed to watch', 'error'],
    ['W1121 23:47:29.325036       1 x.go:1] careful', 'warn'],
    ['I1121 23:47:29.325036       1 x.go:1] hello', 'info'],
    ['2026-11-21 23:47:29 [INFO] started', 'info'],
    ['WARNING: disk almost full', 'warn'],
    ['just some text with error inside', 'unknown'],
    ['{"severity":"CRITICAL"}', 'fatal'],
  ])('%s → %s', (line, level) => expect(guessLogLevel(line)).toBe(level));

  it('prefers a level label', () => {
    expect(guessLogLevel('level=info', { level: 'error' })).toBe('error');
    expect(guessLogLevel('level=info', { detected_level: 'bogus' })).toBe('info');
  });
});
