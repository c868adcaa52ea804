import { describe, expect, it } from 'vitest';
import type { LogEntry } from '@/lib/datasources/types';
import { appendTail, backoffMs, emptyTailBuffer } from './tail-buffer';

const labels = { app: 'a' };
const e = (ts: number, line = `l${ts}`): LogEntry => ({ tsNs: String(1_700_000_000_000_000_000n + BigInt(ts)), line, labels });

describe('appendTail', () => {
  it('keeps time order and skips lines sent again after a reconnect', () => {
    let b = appendTail(emptyTailBuffer(), [e(2), e(1)], 100);
    expect(b.entries.map((x) => x.line)).toEqual(['l1', 'l2']);
    expect(b.lastTsNs).toBe(e(2).tsNs);
    // A reconnect from lastTsNs resends the line at that timestamp, plus a new one at the same instant.
    b = appendTail(b, [e(2), e(2, 'same instant'), e(3)], 100);
    expect(b.entries.map((x) => x.line)).toEqual(['l1', 'l2', 'same instant', 'l3']);
    expect(b.received).toBe(4);
  });

  it('drops the oldest lines beyond max and counts them', () => {
    let b = emptyTailBuffer();
    for (let i = 0; i < 25; i++) b = appendTail(b, [e(i)], 10);
    expect(b.entries).toHaveLength(10);
    expect(b.entries[0]!.line).toBe('l15');
    expect(b.evicted).toBe(15);
    expect(b.keys.size).toBe(10);
  });

  it("adds up Loki's dropped entries", () => {
    const b = appendTail(appendTail(emptyTailBuffer(), [], 10, 3), [e(1)], 10, 2);
    expect(b.lokiDropped).toBe(5);
  });
});

describe('backoffMs', () => {
  it('doubles from about 1 s up to about 30 s', () => {
    expect(backoffMs(0, () => 0.5)).toBe(1000);
    expect(backoffMs(3, () => 0.5)).toBe(8000);
    expect(backoffMs(20, () => 0.5)).toBe(30_000);
    expect(backoffMs(0, () => 0)).toBe(750);
  });
});
