import { memo } from 'react';
import { formatLocalTimestamp } from '@/lib/time/format';
import type { LogEntry } from '@/lib/queries/types';
import { AnsiText } from './AnsiText';
import type { LogLevel } from '@/lib/logs/level';

interface LogRowProps {
  entry: LogEntry;
  tsMs: number;
  level: LogLevel;
  showLabels: boolean;
}

export const LogRow = memo(function LogRow({ entry, tsMs, level, showLabels }: LogRowProps) {
  return (
    <div className={`log-row log-row--${level}`} data-testid="log-row" data-level={level}>
      <span className="log-row__level" title={level} aria-label={`level ${level}`} />
      <time className="log-row__ts" dateTime={new Date(tsMs).toISOString()} title={`${entry.tsNs} ns`} suppressHydrationWarning>
        {formatLocalTimestamp(tsMs)}
      </time>
      {showLabels && (
        <span className="log-row__labels" data-testid="log-row-labels">
          {Object.entries(entry.labels).map(([k, v]) => (
            <span key={k} className="label-chip">
              {k}={v}
            </span>
          ))}
        </span>
      )}
      <span className="log-row__line" data-testid="log-row-line">
        <AnsiText text={entry.line} />
      </span>
    </div>
  );
});
