/** The `stats` object of Loki 2.7 query responses; the demo fills in what it measures and zeros elsewhere. */

export interface QueryStats {
  lines: number;
  bytes: number;
  returned: number;
  startedAt: number;
  subqueries: number;
}

export const newStats = (): QueryStats => ({ lines: 0, bytes: 0, returned: 0, startedAt: performance.now(), subqueries: 1 });

const cacheStats = () => ({ entriesFound: 0, entriesRequested: 0, entriesStored: 0, bytesReceived: 0, bytesSent: 0, requests: 0 });
const store = (headBytes = 0, headLines = 0) => ({
  totalChunksRef: 0,
  totalChunksDownloaded: 0,
  chunksDownloadTime: 0,
  chunk: { headChunkBytes: headBytes, headChunkLines: headLines, decompressedBytes: 0, decompressedLines: 0, compressedBytes: 0, totalDuplicates: 0 },
});

export function statsJson(s: QueryStats) {
  const execTime = Math.max(1e-6, (performance.now() - s.startedAt) / 1000);
  return {
    summary: {
      bytesProcessedPerSecond: Math.round(s.bytes / execTime),
      linesProcessedPerSecond: Math.round(s.lines / execTime),
      totalBytesProcessed: s.bytes,
      totalLinesProcessed: s.lines,
      execTime,
      queueTime: 0,
      subqueries: s.subqueries,
      totalEntriesReturned: s.returned,
    },
    querier: { store: store() },
    ingester: {
      totalReached: 1,
      totalChunksMatched: 0,
      totalBatches: 0,
      totalLinesSent: s.lines,
      store: store(s.bytes, s.lines),
    },
    cache: { chunk: cacheStats(), index: cacheStats(), result: cacheStats() },
  };
}
