import { describe, expect, it } from 'vitest';
import type { LogEntry } from '@/lib/datasources/types';
import { fieldValue, sortByField } from './columns';
import { findLineRef, lineRef, lineRefTsNs } from './line-ref';

const labels = { app: 'web' };
const e = (ts: string, line: string): LogEntry => ({ tsNs: ts, line, labels });

describe('columns', () => {
  it('reads labels, json and logfmt fields by name', () => {
    expect(fieldValue(e('1', '{"status":200,"req":{"path":"/a"}}'), 'req.path')).toBe('/a');
    expect(fieldValue(e('1', '{"status":200,"req":{"path":"/a"}}'), 'req_path')).toBe('/a');
    expect(fieldValue(e('1', 'level=info status=500'), 'status')).toBe('500');
    expect(fieldValue(e('1', 'x'), 'app')).toBe('web');
    expect(fieldValue(e('1', 'x'), 'nope')).toBeUndefined();
  });

  it('sorts numbers as numbers, stable, missing last', () => {
    const items = [e('1', 'status=9'), e('2', 'status=10'), e('3', 'nothing'), e('4', 'status=9')];
    expect(sortByField(items, (x) => x, 'status', false).map((x) => x.tsNs)).toEqual(['1', '4', '2', '3']);
    expect(sortByField(items, (x) => x, 'status', true).map((x) => x.tsNs)).toEqual(['2', '1', '4', '3']);
  });
});

describe('line references', () => {
  it('find the same line among equal timestamps', () => {
    const a = e('1795304849325036376', 'a');
    const b = e('1795304849325036376', 'b');
    expect(lineRef(a)).not.toBe(lineRef(b));
    expect(lineRefTsNs(lineRef(b))).toBe(b.tsNs);
    expect(findLineRef([a, b], lineRef(b))).toBe(1);
    expect(findLineRef([a], 'garbage')).toBe(-1);
  });
});
