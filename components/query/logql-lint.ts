import { parser } from '@grafana/lezer-logql';
import { linter, type Diagnostic } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';

/**
 * The first syntax error in a LogQL query as a CodeMirror diagnostic, from lezer-logql's error nodes, so a mistake
 * is marked where it is before anything is sent. An empty query has none.
 */
export function logqlDiagnostics(text: string): Diagnostic[] {
  if (text.trim() === '') return [];
  const cursor = parser.parse(text).cursor();
  while (!cursor.type.isError) if (!cursor.next()) return [];
  const { from, to } = cursor;
  if (from >= text.trimEnd().length) {
    // The query stops early: mark its last character, where something more was expected.
    const end = text.trimEnd().length;
    return [{ from: end - 1, to: end, severity: 'error', source: 'LogQL', message: 'syntax error: unexpected end of query' }];
  }
  const token = from < to ? text.slice(from, to) : (/^\S+/.exec(text.slice(from))?.[0] ?? text.charAt(from));
  const shown = token.length > 24 ? `${token.slice(0, 23)}…` : token;
  return [
    {
      from,
      to: from + Math.max(1, token.length),
      severity: 'error',
      source: 'LogQL',
      message: `syntax error: unexpected \`${shown}\``,
    },
  ];
}

/** Inline LogQL syntax errors (underlined, message on hover). */
export const logqlLinter: Extension = linter((view) => logqlDiagnostics(view.state.doc.toString()));
