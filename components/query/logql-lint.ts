import { linter, type Diagnostic } from '@codemirror/lint';
import type { Extension } from '@codemirror/state';
import { logqlSyntaxError } from '@/lib/logql/validate';

/**
 * The first syntax error in a LogQL query as a CodeMirror diagnostic (lib/logql/validate.ts), so a mistake is marked
 * where it is before anything is sent. An empty query has none.
 */
export function logqlDiagnostics(text: string): Diagnostic[] {
  const error = logqlSyntaxError(text);
  return error ? [{ from: error.from, to: error.to, severity: 'error', source: 'LogQL', message: error.message }] : [];
}

/** Inline LogQL syntax errors (underlined, message on hover). */
export const logqlLinter: Extension = linter((view) => logqlDiagnostics(view.state.doc.toString()));
