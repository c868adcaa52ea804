import type { Labels } from '@/lib/queries/types';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'unknown';

const ALIASES: Record<string, LogLevel> = {
  fatal: 'fatal', panic: 'fatal', critical: 'fatal', crit: 'fatal', emerg: 'fatal', alert: 'fatal', dpanic: 'fatal',
  error: 'error', err: 'error', eror: 'error',
  warn: 'warn', warning: 'warn', wrn: 'warn',
  info: 'info', inf: 'info', notice: 'info', information: 'info',
  debug: 'debug', dbg: 'debug', debu: 'debug',
  trace: 'trace', trc: 'trace',
};

const KLOG: Record<string, LogLevel> = { F: 'fatal', E: 'error', W: 'warn', I: 'info' };

// level=error, "level":"error", lvl=warn, severity: ERROR ...
const FIELD = /\b(?:level|lvl|severity|loglevel)"?\s*[:=]\s*"?([a-zA-Z]+)/i;
// klog: "E1121 23:47:29.325036    1 file.go:12] msg"
const KLOG_PREFIX = /^([IWEF])\d{4} \d{2}:\d{2}:\d{2}/;
const BRACKETED = /^\s*(?:\S+\s+){0,2}\[?(FATAL|PANIC|ERROR|ERR|WARN|WARNING|INFO|DEBUG|TRACE)\]?[\s:]/;

/**
 * A best guess at a log line's level for colouring: a `level`/`detected_level` label, a level field in JSON or
 * logfmt, a klog prefix, or a leading level word. Pass the line without ANSI escapes.
 */
export function guessLogLevel(line: string, labels?: Labels): LogLevel {
  const fromLabel = labels?.level ?? labels?.detected_level;
  if (fromLabel) {
    const level = ALIASES[fromLabel.toLowerCase()];
    if (level) return level;
  }
  const field = FIELD.exec(line);
  if (field) {
    const level = ALIASES[field[1]!.toLowerCase()];
    if (level) return level;
  }
  const klog = KLOG_PREFIX.exec(line);
  if (klog) return KLOG[klog[1]!]!;
  const word = BRACKETED.exec(line);
  if (word) return ALIASES[word[1]!.toLowerCase()] ?? 'unknown';
  return 'unknown';
}
