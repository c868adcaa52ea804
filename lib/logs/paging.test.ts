import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Direction, Labels, LogEntry } from '@/lib/datasources/types';
import { entryKey } from './entry-key';
import { type PagingOptions, type PagingProgress, pageLogs, splitRange } from './paging';
import { simLoki } from './testing/sim-loki';

const STREAMS: Labels[] = [{ app: 'a' }, { app: 'b', pod: 'x' }, { app: 'c' }];

/** Entries crowded on few timestamps, so that pages cut through runs of equal timestamps. */
const truthArb = fc
  .array(fc.record({ ts: fc.integer({ min: 100, max: 130 }), stream: fc.nat(2), line: fc.constantFrom('x', 'y', 'z', 'w') }), {
    maxLength: 400,
  })
  .map((raw) =>
    raw.map((r): LogEntry => ({ tsNs: `1700000000000000${r.ts}`, line: r.line, labels: STREAMS[r.stream]! })),
  );

async function collect(truth: LogEntry[], opts: Omit<PagingOptions, 'start' | 'end'> & { start?: bigint; end?: bigint }, ties: 'labels' | 'shuffle', seed = 1) {
  const sim = simLoki(truth, ties, seed);
  const steps: PagingProgress[] = [];
  const start = opts.start ?? 1700000000000000100n;
  const end = opts.end ?? 1700000000000000131n;
  for await (const p of pageLogs(sim.fetchPage, { ...opts, start, end })) steps.push(p);
  return { steps, entries: steps.flatMap((s) => s.entries), requests: sim.requests };
}

function expected(truth: LogEntry[], start: bigint, end: bigint) {
  const keys = new Set(truth.filter((e) => BigInt(e.tsNs) >= start && BigInt(e.tsNs) < end).map(entryKey));
  return [...keys].sort();
}

function ordered(entries: LogEntry[], direction: Direction) {
  for (let i = 1; i < entries.length; i++) {
    const d = BigInt(entries[i]!.tsNs) - BigInt(entries[i - 1]!.tsNs);
    if (direction === 'backward' ? d > 0n : d < 0n) return false;
  }
  return true;
}

describe('pageLogs against a simulated Loki', () => {
  it('union of pages is the truth, without duplicates, in order', async () => {
    await fc.assert(
      fc.asyncProperty(
        truthArb,
        fc.constantFrom<Direction>('backward', 'forward'),
        fc.integer({ min: 1, max: 25 }),
        fc.constantFrom<'labels' | 'shuffle'>('labels', 'shuffle'),
        fc.integer({ min: 100, max: 131 }),
        fc.integer({ min: 0, max: 31 }),
        fc.nat(),
        async (truth, direction, pageSize, ties, a, len, seed) => {
          const start = 1700000000000000000n + BigInt(a);
          const end = start + BigInt(len);
          // maxLimit above any run of equal timestamps: nothing may be lost.
          const { entries, steps } = await collect(truth, { direction, pageSize, maxLimit: 500, start, end }, ties, seed);
          const keys = entries.map(entryKey);
          expect(new Set(keys).size).toBe(keys.length);
          expect([...keys].sort()).toEqual(expected(truth, start, end));
          expect(ordered(entries, direction)).toBe(true);
          expect(steps.at(-1)).toMatchObject({ done: true, reason: 'exhausted', loaded: keys.length });
          expect(steps.slice(0, -1).every((s) => !s.done && s.reason === 'limit')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stops at maxLines with a prefix of the full answer', async () => {
    await fc.assert(
      fc.asyncProperty(truthArb, fc.constantFrom<Direction>('backward', 'forward'), fc.integer({ min: 1, max: 25 }), fc.integer({ min: 0, max: 300 }), async (truth, direction, pageSize, maxLines) => {
        const all = (await collect(truth, { direction, pageSize, maxLimit: 500 }, 'labels')).entries;
        const { entries, steps } = await collect(truth, { direction, pageSize, maxLimit: 500, maxLines }, 'labels');
        // A prefix in time: the right count, no duplicate, in order, and nothing skipped before the last line loaded
        // (the order of lines sharing one nanosecond is Loki's and may differ between page sizes).
        const keys = entries.map(entryKey);
        expect(keys).toHaveLength(Math.min(maxLines, all.length));
        expect(new Set(keys).size).toBe(keys.length);
        expect(ordered(entries, direction)).toBe(true);
        const lastTs = entries.at(-1)?.tsNs;
        if (lastTs !== undefined) {
          const beyond = (e: LogEntry) => (direction === 'backward' ? BigInt(e.tsNs) > BigInt(lastTs) : BigInt(e.tsNs) < BigInt(lastTs));
          const loaded = new Set(keys);
          expect(all.filter(beyond).every((e) => loaded.has(entryKey(e)))).toBe(true);
        }
        if (all.length > maxLines) expect(steps.at(-1)).toMatchObject({ done: true, reason: 'maxLines', loaded: maxLines });
      }),
      { numRuns: 200 },
    );
  });

  it('widens a nanosecond holding more lines than a page', async () => {
    const truth = Array.from({ length: 30 }, (_, i): LogEntry => ({ tsNs: '1000', line: `l${i}`, labels: STREAMS[i % 3]! }));
    truth.push({ tsNs: '999', line: 'older', labels: STREAMS[0]! });
    const { entries, steps, requests } = await collect(truth, { pageSize: 5, maxLimit: 100, start: 0n, end: 2000n }, 'shuffle');
    expect(entries).toHaveLength(31);
    expect(requests.some((r) => r.start === 1000n && r.end === 1001n && r.limit === 100)).toBe(true);
    expect(steps.some((s) => s.overflow)).toBe(false);
  });

  it('reports, never hides, a nanosecond holding more lines than Loki allows', async () => {
    const truth = Array.from({ length: 30 }, (_, i): LogEntry => ({ tsNs: '1000', line: `l${i}`, labels: STREAMS[0]! }));
    truth.push({ tsNs: '999', line: 'older', labels: STREAMS[0]! });
    const { entries, steps } = await collect(truth, { pageSize: 5, maxLimit: 10, start: 0n, end: 2000n }, 'labels');
    expect(steps.find((s) => s.overflow)?.overflow).toEqual({ tsNs: '1000', loaded: 10 });
    expect(entries.at(-1)!.line).toBe('older');
    expect(new Set(entries.map(entryKey)).size).toBe(entries.length);
  });

  it('reports progress and bounds', async () => {
    const truth = Array.from({ length: 12 }, (_, i): LogEntry => ({ tsNs: String(100 + i), line: `l${i}`, labels: STREAMS[0]! }));
    const { steps } = await collect(truth, { pageSize: 5, start: 0n, end: 1000n }, 'labels');
    expect(steps.map((s) => [s.loaded, s.done, s.reason])).toEqual([[5, false, 'limit'], [10, false, 'limit'], [12, true, 'exhausted']]);
    expect(steps.at(-1)).toMatchObject({ oldestNs: '100', newestNs: '111' });
  });

  it('stops when aborted', async () => {
    const ac = new AbortController();
    const truth = Array.from({ length: 12 }, (_, i): LogEntry => ({ tsNs: String(100 + i), line: `l${i}`, labels: STREAMS[0]! }));
    const gen = pageLogs(simLoki(truth).fetchPage, { start: 0n, end: 1000n, pageSize: 5, signal: ac.signal });
    await gen.next();
    ac.abort();
    await expect(gen.next()).rejects.toThrow();
  });
});

describe('splitRange', () => {
  it('covers the range with contiguous parts', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 19n }), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 1, max: 50 }), (s, len, parts) => {
        const ranges = splitRange(s, s + len, parts);
        if (len === 0n) {
          expect(ranges).toEqual([]);
          return;
        }
        expect(ranges[0]!.start).toBe(s);
        expect(ranges.at(-1)!.end).toBe(s + len);
        for (let i = 1; i < ranges.length; i++) expect(ranges[i]!.start).toBe(ranges[i - 1]!.end);
        expect(ranges.every((r) => r.end > r.start)).toBe(true);
      }),
    );
    expect(splitRange('0', '10', 3)).toEqual([{ start: 0n, end: 3n }, { start: 3n, end: 6n }, { start: 6n, end: 10n }]);
  });
});
