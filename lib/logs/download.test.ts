import { describe, expect, it } from 'vitest';
import type { LogEntry } from '@/lib/datasources/types';
import { downloadChunks, downloadFileName, rfc3339Nano } from './download';

const entries: LogEntry[] = [
  { tsNs: '1714557600123456789', line: 'hello "x"', labels: { app: 'a' } },
  { tsNs: '1714557601000000000', line: 'line\nwith newline', labels: { app: 'a' }, metadata: { trace_id: 't' } },
];

describe('download', () => {
  it('formats RFC3339Nano timestamps', () => {
    expect(rfc3339Nano('1714557600123456789')).toBe('2024-05-01T10:00:00.123456789Z');
    expect(rfc3339Nano('1714557600120000000')).toBe('2024-05-01T10:00:00.12Z');
    expect(rfc3339Nano('1714557600000000000')).toBe('2024-05-01T10:00:00Z');
    expect(rfc3339Nano('0')).toBe('1970-01-01T00:00:00Z');
    expect(rfc3339Nano('-1')).toBe('1969-12-31T23:59:59.999999999Z');
  });

  it('writes .txt and .jsonl in chunks', () => {
    expect([...downloadChunks(entries, 'txt', 1)]).toEqual([
      '2024-05-01T10:00:00.123456789Z hello "x"\n',
      '2024-05-01T10:00:01Z line\nwith newline\n',
    ]);
    const jsonl = [...downloadChunks(entries, 'jsonl')].join('');
    const rows = jsonl.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(rows).toEqual([
      { ts: '2024-05-01T10:00:00.123456789Z', tsNs: '1714557600123456789', labels: { app: 'a' }, line: 'hello "x"' },
      { ts: '2024-05-01T10:00:01Z', tsNs: '1714557601000000000', labels: { app: 'a' }, line: 'line\nwith newline', metadata: { trace_id: 't' } },
    ]);
    expect([...downloadChunks([], 'txt')]).toEqual([]);
    expect(downloadFileName('jsonl', new Date(Date.UTC(2024, 4, 1, 10)))).toBe('lantern-logs-2024-05-01T10-00-00Z.jsonl');
  });

  it('streams 100k lines in chunks', () => {
    const many = Array.from({ length: 100_000 }, (_, i): LogEntry => ({ tsNs: `17145576000${String(i).padStart(8, '0')}`, line: `line ${i}`, labels: { app: 'a' } }));
    const t0 = performance.now();
    let chunks = 0;
    for (const _ of downloadChunks(many, 'jsonl')) chunks++;
    console.info(`download 100k lines as jsonl: ${(performance.now() - t0).toFixed(1)} ms`);
    expect(chunks).toBe(100);
  });
});
