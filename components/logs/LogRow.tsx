import { memo, useState } from 'react';
import { formatLocalTimestamp } from '@/lib/time/format';
import type { LogEntry } from '@/lib/queries/types';
import { fieldValue } from '@/lib/logs/columns';
import type { LogLevel } from '@/lib/logs/level';
import { LineText } from './LineText';

interface LogRowProps {
  entry: LogEntry;
  tsMs: number;
  level: LogLevel;
  showLabels: boolean;
  /** Lines this row stands for after dedup (shown when > 1). */
  count?: number;
  pattern?: RegExp | null;
  pretty?: boolean;
  columns?: readonly string[];
  selected?: boolean;
  /** Nearest line to the time hovered on a chart beside the list. */
  marked?: boolean;
  index?: number;
  onSelect?: (index: number) => void;
}

export const LogRow = memo(function LogRow({ entry, tsMs, level, showLabels, count = 1, pattern, pretty, columns, selected, marked, index = 0, onSelect }: LogRowProps) {
  // The entry whose 16 KB cut was expanded: list rows are reused for other lines while scrolling, so the flag is
  // held per entry, never for whatever line the row shows next.
  const [expandedEntry, setExpandedEntry] = useState<LogEntry | null>(null);
  const expanded = expandedEntry === entry;
  return (
    <div
      className={`log-row log-row--${level}${selected ? ' is-selected' : ''}${marked ? ' is-marked' : ''}${onSelect ? ' is-clickable' : ''}`}
      data-testid="log-row"
      data-level={level}
      data-ts={entry.tsNs}
      aria-selected={selected || undefined}
      data-marked={marked || undefined}
      onClick={onSelect ? () => onSelect(index) : undefined}
    >
      <span className="log-row__level" title={level} aria-label={`level ${level}`} />
      <time className="log-row__ts" dateTime={new Date(tsMs).toISOString()} title={`${entry.tsNs} ns`} suppressHydrationWarning>
        {formatLocalTimestamp(tsMs)}
      </time>
      {count > 1 && (
        <span className="log-row__count" data-testid="log-row-count" title={`${count} consecutive duplicates`}>
          {count}×
        </span>
      )}
      {columns?.map((c) => (
        <span key={c} className="log-row__col" data-testid="log-row-col" title={c}>
          {fieldValue(entry, c) ?? ''}
        </span>
      ))}
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
        <LineText line={entry.line} pattern={pattern} pretty={pretty} expanded={expanded} onExpand={() => setExpandedEntry(entry)} />
      </span>
    </div>
  );
});
