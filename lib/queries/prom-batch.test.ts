import { describe, expect, it } from 'vitest';
import { ApiError } from './api';
import { createPromBatcher } from './prom-batch';

type Call = { path: string; items: string[] };

function fakeFetch(calls: Call[], answer: (item: URLSearchParams) => { ok: true; data: unknown } | { ok: false; error: { message: string; status: number; kind: string } }) {
  return (async (path: string, params: Record<string, unknown> = {}) => {
    const items = params.r as string[];
    calls.push({ path, items });
    return { results: items.map((i) => answer(new URLSearchParams(i))) };
  }) as never;
}

describe('prom batcher', () => {
  it('sends the queries asked in one task as one request and gives each caller its own answer or error', async () => {
    const calls: Call[] = [];
    const b = createPromBatcher(
      fakeFetch(calls, (p) => (p.get('query') === 'bad(' ? { ok: false, error: { message: 'parse error at char 5', status: 400, kind: 'bad_query' } } : { ok: true, data: { echo: p.get('query'), kind: p.get('kind') } })),
    );
    const a = b.range({ query: 'up', start: 1, end: 2, step: 15 });
    const c = b.instant({ query: 'sum(up)', time: 2 });
    const d = b.instant({ query: 'bad(', time: 2 });
    await expect(a).resolves.toEqual({ echo: 'up', kind: 'range' });
    await expect(c).resolves.toEqual({ echo: 'sum(up)', kind: 'instant' });
    await expect(d).rejects.toBeInstanceOf(ApiError);
    await expect(d).rejects.toThrow('parse error at char 5');
    expect(calls).toHaveLength(1);
    expect(calls[0]!.path).toBe('/api/prometheus/batch');
    expect(new URLSearchParams(calls[0]!.items[0]).get('step')).toBe('15');
  });

  it('splits past 32 queries or 6,000 characters, and drops a query cancelled before sending', async () => {
    const calls: Call[] = [];
    const b = createPromBatcher(fakeFetch(calls, () => ({ ok: true, data: 1 })));
    const many = Array.from({ length: 40 }, (_, i) => b.instant({ query: `q${i}`, time: 1 }));
    await Promise.all(many);
    expect(calls.map((c) => c.items.length)).toEqual([32, 8]);

    calls.length = 0;
    const long = 'x'.repeat(2_500);
    await Promise.all([1, 2, 3].map((i) => b.instant({ query: `${long}${i}`, time: 1 })));
    expect(calls.map((c) => c.items.length)).toEqual([2, 1]);

    calls.length = 0;
    const ctrl = new AbortController();
    const gone = b.instant({ query: 'gone', time: 1 }, ctrl.signal);
    const kept = b.instant({ query: 'kept', time: 1 });
    ctrl.abort();
    await expect(gone).rejects.toBeDefined();
    await expect(kept).resolves.toBe(1);
    expect(calls.map((c) => c.items.map((i) => new URLSearchParams(i).get('query')))).toEqual([['kept']]);
  });
});
