import { DOWNLOAD_TYPES, downloadChunks, downloadFileName, type DownloadFormat } from '@/lib/logs/download';
import type { LogEntry } from '@/lib/queries/types';

/** Saves the loaded lines as a file, built from chunks (no single 100k-line string). */
export function downloadLogs(entries: readonly LogEntry[], format: DownloadFormat): void {
  const blob = new Blob([...downloadChunks(entries, format)], { type: DOWNLOAD_TYPES[format] });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = downloadFileName(format);
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
