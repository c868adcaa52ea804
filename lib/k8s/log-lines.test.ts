import { describe, expect, it } from 'vitest';
import { parseKubeLog, rfc3339ToNs, takeLines } from './log-lines';

describe('kubernetes log lines', () => {
  it('keeps nanoseconds exactly', () => {
    expect(rfc3339ToNs('2026-11-22T02:00:00.123456789Z')).toBe('1795312800123456789');
    expect(rfc3339ToNs('2026-11-22T02:00:00Z')).toBe('1795312800000000000');
    expect(rfc3339ToNs('2026-11-22T03:00:00.5+01:00')).toBe('1795312800500000000');
    expect(rfc3339ToNs('yesterday')).toBeNull();
  });

  it('splits the timestamp from the line and keeps spaces and markup in the line', () => {
    const text = '2026-11-22T02:00:00.000000001Z  two spaces <b>x</b>\n2026-11-22T02:00:01Z panic: boom\n\tat main.go:12\n';
    expect(parseKubeLog(text)).toEqual([
      { tsNs: '1795312800000000001', line: ' two spaces <b>x</b>' },
      { tsNs: '1795312801000000000', line: 'panic: boom' },
      { tsNs: '1795312801000000000', line: '\tat main.go:12' },
    ]);
  });

  it('holds back an unfinished line', () => {
    expect(takeLines('a\nb\nc')).toEqual({ lines: 'a\nb\n', rest: 'c' });
    expect(takeLines('abc')).toEqual({ lines: '', rest: 'abc' });
  });
});
