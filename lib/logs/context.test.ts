import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LogEntry } from '@/lib/datasources/types';
import { type LogContext, expandContext, startContext } from './context';
import { entryKey } from './entry-key';
import { simLoki } from './testing/sim-loki';

const STREAM = { app: 'web', pod: 'p-"1"' };
const OTHER = { app: 'web' };

/** Truth in arrival order; its chronological order (stable on ties) is the order a reader sees. */
function chronological(truth: LogEntry[]) {
  return [...truth].sort((a, b) => (BigInt(a.tsNs) < BigInt(b.tsNs) ? -1 : BigInt(a.tsNs) > BigInt(b.tsNs) ? 1 : 0));
}

async function expandAll(ctx: LogContext, truth: LogEntry[], maxSteps = 200) {
  const sim = simLoki(truth.filter((e) => e.labels === STREAM));
  const queries = new Set<string>();
  const fetch = (r: Parameters<typeof sim.fetchPage>[0] & { query: string }) => {
    queries.add(r.query);
    return sim.fetchPage(r);
  };
  for (let i = 0; i < maxSteps && (ctx.next.before || ctx.next.after); i++) {
    ctx = await expandContext(fetch, ctx, 'before');
    ctx = await expandContext(fetch, ctx, 'after');
  }
  return { ctx, queries };
}

describe('log context', () => {
  it('splits lines at the entry timestamp by position, across steps', async () => {
    const truth: LogEntry[] = [];
    for (let i = 0; i < 5; i++) truth.push({ tsNs: String(100 + i), line: `early ${i}`, labels: STREAM });
    for (let i = 0; i < 15; i++) truth.push({ tsNs: '200', line: `same ${i}`, labels: STREAM });
    for (let i = 0; i < 5; i++) truth.push({ tsNs: String(300 + i), line: `late ${i}`, labels: STREAM });
    truth.push({ tsNs: '200', line: 'other stream', labels: OTHER });
    const entry = truth[5 + 7]!;
    const first = startContext(entry, { step: 4, windowNs: 1000n });
    expect(first.next.before!.request).toMatchObject({ query: '{app="web", pod="p-\\"1\\""}', start: -800n, end: 201n, direction: 'backward', limit: 5 });
    expect(first.next.after!.request).toMatchObject({ start: 200n, end: 1200n, direction: 'forward', limit: 5 });
    const { ctx, queries } = await expandAll(first, truth);
    expect(queries.size).toBe(1);
    expect(ctx.before.map((e) => e.line)).toEqual([...[0, 1, 2, 3, 4].map((i) => `early ${i}`), ...[0, 1, 2, 3, 4, 5, 6].map((i) => `same ${i}`)]);
    expect(ctx.after.map((e) => e.line)).toEqual([...[8, 9, 10, 11, 12, 13, 14].map((i) => `same ${i}`), ...[0, 1, 2, 3, 4].map((i) => `late ${i}`)]);
  });

  it('one step adds at most `step` lines per side', async () => {
    const truth = Array.from({ length: 40 }, (_, i): LogEntry => ({ tsNs: String(100 + i), line: `l${i}`, labels: STREAM }));
    const sim = simLoki(truth);
    let ctx = startContext(truth[20]!, { step: 5 });
    ctx = await expandContext(sim.fetchPage, ctx, 'before');
    ctx = await expandContext(sim.fetchPage, ctx, 'after');
    expect(ctx.before.map((e) => e.line)).toEqual(['l15', 'l16', 'l17', 'l18', 'l19']);
    expect(ctx.after.map((e) => e.line)).toEqual(['l21', 'l22', 'l23', 'l24', 'l25']);
    ctx = await expandContext(sim.fetchPage, ctx, 'before');
    expect(ctx.before.map((e) => e.line).slice(0, 5)).toEqual(['l10', 'l11', 'l12', 'l13', 'l14']);
  });

  it('gets every line before and after, none twice, whatever the steps', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.record({ ts: fc.integer({ min: 0, max: 12 }), line: fc.string({ maxLength: 3 }) }), { minLength: 1, maxLength: 80, selector: (r) => `${r.ts} ${r.line}` }),
        fc.nat(),
        fc.integer({ min: 1, max: 8 }),
        async (raw, pick, step) => {
          const truth = raw.map((r): LogEntry => ({ tsNs: String(1000 + r.ts), line: r.line, labels: STREAM }));
          const entry = truth[pick % truth.length]!;
          const { ctx } = await expandAll(startContext(entry, { step, windowNs: 100n }), truth);
          const order = chronological(truth).map(entryKey);
          const i = order.indexOf(entryKey(entry));
          expect(ctx.before.map(entryKey)).toEqual(order.slice(0, i));
          expect(ctx.after.map(entryKey)).toEqual(order.slice(i + 1));
        },
      ),
      { numRuns: 300 },
    );
  });
});
