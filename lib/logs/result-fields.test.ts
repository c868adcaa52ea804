import { describe, expect, it } from 'vitest';
import type { LogEntry } from '@/lib/datasources/types';
import { resultFields } from './result-fields';

const entry = (line: string, extra: Partial<LogEntry> = {}): LogEntry => ({ tsNs: '1', line, labels: { app: 'cart' }, ...extra });

describe('fields seen in results', () => {
  it('names json and logfmt fields as Loki parsers label them, most frequent first, with their values', () => {
    const fields = resultFields([
      entry('{"level":"info","http":{"status":200},"tags":["a"]}'),
      entry('{"level":"error","http":{"status":500}}'),
      entry('level=warn msg="slow query" duration=1.2s'),
      entry('plain', { parsed: { trace_id: 'abc' } }),
    ]);
    expect(fields.map((f) => f.name)).toEqual(['level', 'http_status', 'duration', 'msg', 'trace_id']);
    expect(fields[0]).toEqual({ name: 'level', source: 'json', values: ['info', 'error', 'warn'] });
    // Stream labels come from Loki, array items have no label name after `| json`.
    expect(fields.map((f) => f.name)).not.toContain('app');
  });

  it('reads a sample spread over many lines', () => {
    const many = Array.from({ length: 10_000 }, (_, i) => entry(i === 9_999 ? 'late=1' : `n=${i}`));
    const fields = resultFields(many, { sample: 100 });
    expect(fields.find((f) => f.name === 'n')!.values.length).toBe(20);
  });

  it('stops reading once the sample holds maxChars of line text', () => {
    const big = (i: number) => entry(JSON.stringify({ i, pad: 'x'.repeat(10_000) }));
    const fields = resultFields(Array.from({ length: 200 }, (_, i) => big(i)), { maxChars: 50_000 });
    // 10 KB lines: the fifth line reaches 50,000 characters, so five values of `i` were read.
    expect(fields.find((f) => f.name === 'i')!.values).toHaveLength(5);
  });
});
