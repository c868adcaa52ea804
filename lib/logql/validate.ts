/**
 * LogQL syntax checks on @grafana/lezer-logql, shared by the editor (inline marks), the views (nothing is sent for an
 * invalid query) and the tail route (nothing is opened upstream). Positions are 1-based like Loki's own messages. Pure.
 */
import { parser } from '@grafana/lezer-logql';

export interface LogqlSyntaxError {
  message: string;
  /** Offset range in the query text of what is marked. */
  from: number;
  to: number;
  /** 1-based line and column of `from`. */
  position: { line: number; column: number };
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
}

/** The first syntax error of `text`, or `null` (an empty query has none: callers decide whether empty is allowed). */
export function logqlSyntaxError(text: string): LogqlSyntaxError | null {
  if (text.trim() === '') return null;
  const cursor = parser.parse(text).cursor();
  while (!cursor.type.isError) if (!cursor.next()) return null;
  const { from, to } = cursor;
  const end = text.trimEnd().length;
  if (from >= end) {
    // The query stops early: mark its last character, where something more was expected.
    return { message: 'syntax error: unexpected end of query', from: end - 1, to: end, position: positionOf(text, end - 1) };
  }
  const token = from < to ? text.slice(from, to) : (/^\S+/.exec(text.slice(from))?.[0] ?? text.charAt(from));
  const shown = token.length > 24 ? `${token.slice(0, 23)}…` : token;
  return { message: `syntax error: unexpected \`${shown}\``, from, to: from + Math.max(1, token.length), position: positionOf(text, from) };
}

/** Whether a valid query is a log query (selector and pipeline) rather than a metric query. */
export function isLogQuery(text: string): boolean {
  const top = parser.parse(text).topNode.firstChild?.firstChild;
  return top?.name === 'LogExpr';
}
