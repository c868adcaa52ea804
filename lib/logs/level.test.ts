import { describe, expect, it } from 'vitest';
import { entryLevel, guessLogLevel } from './level';

describe('guessLogLevel', () => {
  it.each([
    ['{"level":"error","msg":"x"}', 'error'],
    ['{"ts":1,"severity": "WARNING"}', 'warning'],
    ['{"level":50,"msg":"pino"}', 'error'],
    ['ts=2024 level=debug msg="a level=error inside"', 'debug'],
    ['lvl=crit msg=disk', 'critical'],
    ['E1121 23:47:29.325036    1 file.go:12] failed', 'error'],
    ['W1121 23:47:29.325036    1 file.go:12] slow', 'warning'],
    ['I1121 23:47:29.325036    1 file.go:12] ok', 'info'],
    ['F1121 23:47:29.325036    1 file.go:12] dead', 'critical'],
    ['2024-01-01 10:00:00 [ERROR] boom', 'error'],
    ['2024-01-01T10:00:00Z WARN slow query', 'warning'],
    ['INFO: started', 'info'],
    ['panic: runtime error: index out of range', 'critical'],
    ['fatal error: all goroutines are asleep', 'critical'],
    ['something FATAL happened', 'critical'],
    ['request failed: ERROR code 5', 'error'],
    ['0 errors, information only', 'unknown'],
    ['GET /errors 200', 'unknown'],
    ['', 'unknown'],
  ])('%s → %s', (line, level) => expect(guessLogLevel(line)).toBe(level));

  it('trusts labels over the line', () => {
    expect(guessLogLevel('level=info', { level: 'error' })).toBe('error');
    expect(guessLogLevel('level=info', { detected_level: 'bogus' })).toBe('info');
    expect(guessLogLevel('x', { severity: 'warn' })).toBe('warning');
    expect(guessLogLevel('x', { lvl: 'DBG' })).toBe('debug');
  });

  it('reads parsed labels and structured metadata of an entry', () => {
    expect(entryLevel({ line: 'x', labels: {}, parsed: { level: 'trace' } })).toBe('trace');
    expect(entryLevel({ line: 'x', labels: {}, metadata: { detected_level: 'warn' } })).toBe('warning');
    expect(entryLevel({ line: 'level=error', labels: { app: 'a' } })).toBe('error');
  });
});
