/**
 * A log line's level, from the most explicit signal to the weakest: a `level`/`lvl`/`severity` (or Loki 3
 * `detected_level`) label, a parsed field or structured metadata, a JSON `"level":"..."`, logfmt `level=...`, a klog
 * prefix (`E1121 ...`), then a level word (`[ERROR]`, `panic:`, `WARN`). Supersedes components/logs/log-level.ts with
 * the same `guessLogLevel(line, labels?)` call and Loki's level names. Pure.
 */
import type { Labels, LogEntry } from '@/lib/datasources/types';

export type LogLevel = 'critical' | 'error' | 'warning' | 'info' | 'debug' | 'trace' | 'unknown';

/** Most severe first: for sorting and for the volume histogram's stacking order. */
export const LOG_LEVELS: readonly LogLevel[] = ['critical', 'error', 'warning', 'info', 'debug', 'trace', 'unknown'];

const ALIASES: Record<string, LogLevel> = {
  critical: 'critical', crit: 'critical', fatal: 'critical', panic: 'critical', dpanic: 'critical', emerg: 'critical',
  emergency: 'critical', alert: 'critical', ftl: 'critical', f: 'critical',
  error: 'error', err: 'error', eror: 'error', erro: 'error', severe: 'error', e: 'error',
  warning: 'warning', warn: 'warning', wrn: 'warning', w: 'warning',
  info: 'info', inf: 'info', information: 'info', informational: 'info', notice: 'info', i: 'info',
  debug: 'debug', dbg: 'debug', debu: 'debug', d: 'debug',
  trace: 'trace', trc: 'trace', verbose: 'trace', t: 'trace',
};

/** Label and field names carrying a level, in order of trust. */
export const LEVEL_KEYS = ['level', 'lvl', 'severity', 'loglevel', 'log_level', 'detected_level', 'severity_text', 'levelname'];

// syslog severities 0-7 and bunyan/pino numbers 10-60
const NUMERIC: Record<string, LogLevel> = {
  '0': 'critical', '1': 'critical', '2': 'critical', '3': 'error', '4': 'warning', '5': 'info', '6': 'info', '7': 'debug',
  '10': 'trace', '20': 'debug', '30': 'info', '40': 'warning', '50': 'error', '60': 'critical',
};

const JSON_FIELD = /"(?:level|lvl|severity|loglevel|log_level|levelname)"\s*:\s*"?([A-Za-z]+|\d{1,2})\b/i;
const LOGFMT_FIELD = /(?:^|\s)(?:level|lvl|severity|loglevel|log_level)=["']?([A-Za-z]+|\d{1,2})\b/i;
const KLOG_PREFIX = /^([IWEF])\d{4} \d{2}:\d{2}:\d{2}/;
const LEADING_WORD =
  /^\s*(?:\S+\s+){0,2}?[[(<]?(CRITICAL|CRIT|FATAL|PANIC|EMERG|ALERT|ERROR|ERR|WARNING|WARN|INFO|NOTICE|DEBUG|TRACE)[\])>]?(?::|\s|$)/i;
const PANIC = /^(?:panic: |fatal error: |Traceback \(most recent call last\)|Exception in thread )/;
const SHOUTED = /\b(CRITICAL|FATAL|PANIC|ERROR|WARNING|WARN)\b/;

/** A level name or number as written by a logger → one of ours; `undefined` if it is not one. */
export function normalizeLevel(value: string | undefined): LogLevel | undefined {
  if (!value) return undefined;
  const v = value.trim().toLowerCase();
  return ALIASES[v] ?? NUMERIC[v];
}

function fromLabels(labels: Labels | undefined): LogLevel | undefined {
  if (!labels) return undefined;
  for (const key of LEVEL_KEYS) {
    const level = normalizeLevel(labels[key]);
    if (level) return level;
  }
  return undefined;
}

/** The level written in the line itself (pass it without ANSI escapes). */
export function levelFromLine(line: string): LogLevel {
  const head = line.length > 4096 ? line.slice(0, 4096) : line;
  const field = (head.trimStart().startsWith('{') ? JSON_FIELD : LOGFMT_FIELD).exec(head);
  const fromField = normalizeLevel(field?.[1]);
  if (fromField) return fromField;
  const klog = KLOG_PREFIX.exec(head);
  if (klog) return normalizeLevel(klog[1])!;
  const word = normalizeLevel(LEADING_WORD.exec(head)?.[1]);
  if (word) return word;
  if (PANIC.test(head)) return 'critical';
  return normalizeLevel(SHOUTED.exec(head)?.[1]) ?? 'unknown';
}

/** Same call as components/logs/log-level.ts: labels first, then the line. */
export function guessLogLevel(line: string, labels?: Labels): LogLevel {
  return fromLabels(labels) ?? levelFromLine(line);
}

/** An entry's level: stream labels, then Loki's parsed labels and structured metadata, then the line. */
export function entryLevel(entry: Pick<LogEntry, 'line' | 'labels' | 'parsed' | 'metadata'>): LogLevel {
  return fromLabels(entry.labels) ?? fromLabels(entry.parsed) ?? fromLabels(entry.metadata) ?? levelFromLine(entry.line);
}
