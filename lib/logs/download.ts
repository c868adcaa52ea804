/**
 * Downloading loaded lines as `.txt` (RFC 3339 timestamp with nanoseconds, then the line) or `.jsonl` (one object a
 * line). Generators of chunks, so 100k lines become a Blob or a ReadableStream without one giant string. Pure.
 */
import type { LogEntry } from '@/lib/datasources/types';

export type DownloadFormat = 'txt' | 'jsonl';

export const DOWNLOAD_TYPES: Record<DownloadFormat, string> = {
  txt: 'text/plain;charset=utf-8',
  jsonl: 'application/x-ndjson;charset=utf-8',
};

let cachedSecond = '';
let cachedIso = '';

/** A ns timestamp as Go's RFC3339Nano in UTC: `2024-05-01T10:00:00.123456789Z`, trailing zeros trimmed. */
export function rfc3339Nano(tsNs: string): string {
  let sec: string;
  let frac: string;
  if (/^\d{10,}$/.test(tsNs)) {
    sec = tsNs.slice(0, -9);
    frac = tsNs.slice(-9);
  } else {
    const ns = BigInt(tsNs);
    const s = ns >= 0n ? ns / 1_000_000_000n : -((-ns + 999_999_999n) / 1_000_000_000n);
    sec = s.toString();
    frac = (ns - s * 1_000_000_000n).toString().padStart(9, '0');
  }
  // Sorted lines share seconds: format each second once.
  if (sec !== cachedSecond) {
    cachedSecond = sec;
    cachedIso = new Date(Number(sec) * 1000).toISOString().slice(0, 19);
  }
  const digits = frac.replace(/0+$/, '');
  return `${cachedIso}${digits ? `.${digits}` : ''}Z`;
}

function line(entry: LogEntry, format: DownloadFormat): string {
  if (format === 'txt') return `${rfc3339Nano(entry.tsNs)} ${entry.line}\n`;
  const record: Record<string, unknown> = { ts: rfc3339Nano(entry.tsNs), tsNs: entry.tsNs, labels: entry.labels, line: entry.line };
  if (entry.metadata) record.metadata = entry.metadata;
  if (entry.parsed) record.parsed = entry.parsed;
  return `${JSON.stringify(record)}\n`;
}

/** The file as chunks of up to `linesPerChunk` lines, in the order given. */
export function* downloadChunks(entries: Iterable<LogEntry>, format: DownloadFormat, linesPerChunk = 1000): Generator<string> {
  let chunk: string[] = [];
  for (const entry of entries) {
    chunk.push(line(entry, format));
    if (chunk.length >= linesPerChunk) {
      yield chunk.join('');
      chunk = [];
    }
  }
  if (chunk.length) yield chunk.join('');
}

/** `lantern-logs-2024-05-01T10-00-00Z.jsonl`: a file name without characters browsers or shells object to. */
export function downloadFileName(format: DownloadFormat, at: Date = new Date()): string {
  return `lantern-logs-${at.toISOString().slice(0, 19).replace(/:/g, '-')}Z.${format}`;
}
