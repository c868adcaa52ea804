import { stripAnsi } from '@/lib/ansi/parse-ansi';
import { guessLogLevel, type LogLevel } from '@/lib/logs/level';
import type { LogEntry } from '@/lib/queries/types';

// Levels are read once per entry, not on every page appended or option changed.
const levels = new WeakMap<LogEntry, LogLevel>();

/** An entry's level (labels, then the start of the line without ANSI escapes), cached per entry object. */
export function levelOf(e: LogEntry): LogLevel {
  let level = levels.get(e);
  if (level === undefined) {
    level = guessLogLevel(stripAnsi(e.line.length > 4096 ? e.line.slice(0, 4096) : e.line), e.labels);
    levels.set(e, level);
  }
  return level;
}
