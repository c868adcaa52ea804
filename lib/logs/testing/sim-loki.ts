/**
 * An in-memory Loki for tests of paging and context: `query_range` over a fixed set of entries with Loki's
 * semantics: `[start, end)`, ordered by time in the requested direction, `limit` cut across all streams, identical
 * (ts, stream, line) merged, and the answer grouped stream by stream as Loki's JSON groups it.
 */
import type { LogEntry } from '@/lib/datasources/types';
import { entryKey, labelsKey } from '../entry-key';
import type { FetchPage, PageRequest } from '../paging';

export type TieOrder = 'labels' | 'shuffle';

export interface SimLoki {
  fetchPage: FetchPage;
  requests: PageRequest[];
}

/** `ties`: 'labels' orders equal timestamps by stream then arrival (Loki's heap); 'shuffle' is adversarial. */
export function simLoki(truth: readonly LogEntry[], ties: TieOrder = 'labels', seed = 1): SimLoki {
  const unique = [...new Map(truth.map((e) => [entryKey(e), e])).values()];
  const arrival = new Map(unique.map((e, i) => [e, i]));
  let state = seed >>> 0 || 1;
  const random = () => ((state = (state * 1103515245 + 12345) >>> 0) / 2 ** 32);
  const requests: PageRequest[] = [];

  const fetchPage: FetchPage = async (req) => {
    requests.push(req);
    const sign = req.direction === 'backward' ? -1 : 1;
    const inRange = unique.filter((e) => BigInt(e.tsNs) >= req.start && BigInt(e.tsNs) < req.end);
    const tie = new Map(inRange.map((e) => [e, random()]));
    inRange.sort((a, b) => {
      const t = BigInt(a.tsNs) - BigInt(b.tsNs);
      if (t !== 0n) return sign * (t < 0n ? -1 : 1);
      if (ties === 'shuffle') return tie.get(a)! - tie.get(b)!;
      const s = labelsKey(a.labels).localeCompare(labelsKey(b.labels));
      return s !== 0 ? s : sign * (arrival.get(a)! - arrival.get(b)!);
    });
    const cut = inRange.slice(0, req.limit);
    const streams = new Map<string, LogEntry[]>();
    for (const e of cut) {
      const k = labelsKey(e.labels);
      streams.set(k, [...(streams.get(k) ?? []), e]);
    }
    await Promise.resolve();
    return [...streams.values()].flat();
  };
  return { fetchPage, requests };
}
