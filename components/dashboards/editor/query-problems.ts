/**
 * Syntax errors of a panel's queries, with their positions, before anything is saved. Dashboard queries hold
 * variables (`$namespace`, `${pod}`, `[[job]]`, `$__rate_interval`) that are not PromQL: each reference is replaced
 * by something of the same length the grammar accepts where it stands (a duration inside `[...]`, a name elsewhere),
 * so positions still point into the text as written. Uses codemirror-promql's own parser (the editor's linter) and
 * lezer-logql for LogQL.
 */
import type { Diagnostic } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { ensureSyntaxTree } from '@codemirror/language';
import type { LintStrategy } from '@prometheus-io/codemirror-promql';
// The ESM build, as the bundler resolves the package root: one instance of @codemirror/state in tests too.
import { LanguageType, promQLLanguage } from '@prometheus-io/codemirror-promql/dist/esm/promql';
// Not re-exported from the package root; the editor's linter (HybridLint) uses exactly this class.
import { Parser } from '@prometheus-io/codemirror-promql/dist/esm/parser';
import { logqlDiagnostics } from '@/components/query/logql-lint';
import type { DatasourceKind } from '@/lib/dashboards/model';

const REFERENCE = /\$\{[^}]*\}|\[\[[^\]]*\]\]|\$\w+/g;

/** Variable references replaced by same-length stand-ins the grammar accepts. */
export function maskVariables(text: string): string {
  return text.replace(REFERENCE, (ref, offset: number) => {
    const before = text.slice(0, offset).trimEnd();
    const inRange = /[[:]$/.test(before);
    if (inRange) return ref.length === 1 ? '1' : `${'1'.repeat(ref.length - 1)}s`;
    return `x${'_'.repeat(ref.length - 1)}`;
  });
}

let language: ReturnType<typeof promQLLanguage> | undefined;

export function promqlDiagnostics(text: string): Diagnostic[] {
  if (text.trim() === '') return [];
  const doc = maskVariables(text);
  language ??= promQLLanguage(LanguageType.PromQL);
  const state = EditorState.create({ doc, extensions: language });
  ensureSyntaxTree(state, doc.length, 5_000);
  const parser = new Parser(state);
  parser.analyze();
  const errors = parser.getDiagnostics().filter((d) => d.severity === 'error');
  return errors.length ? errors : trailingError(state, text);
}

/**
 * The editor's parser stays quiet about an error at the very end (the user is still typing); a query about to be
 * saved must not end half-written, so that error is reported too, worded like the LogQL one.
 */
function trailingError(state: EditorState, text: string): Diagnostic[] {
  const cursor = ensureSyntaxTree(state, state.doc.length, 5_000)!.cursor();
  while (!cursor.type.isError) if (!cursor.next()) return [];
  const end = text.trimEnd().length;
  if (cursor.from >= end) return [{ from: Math.max(0, end - 1), to: end, severity: 'error', message: 'syntax error: unexpected end of query' }];
  const token = /^\S+/.exec(text.slice(cursor.from))?.[0] ?? text.charAt(cursor.from);
  return [{ from: cursor.from, to: cursor.from + token.length, severity: 'error', message: `syntax error: unexpected \`${token.slice(0, 24)}\`` }];
}

/** The editor's linter, variable-aware: codemirror-promql's default would flag `[$__rate_interval]`. */
export const variableAwarePromLint: LintStrategy = {
  promQL: () => (view) => promqlDiagnostics(view.state.doc.toString()),
};

export interface QueryProblem {
  refId: string;
  line: number;
  column: number;
  message: string;
}

/** The first error of each query, as line and column (1-based) in the query as written. */
export function queryProblems(targets: readonly { refId: string; datasource: DatasourceKind; expr: string; hide?: boolean }[]): QueryProblem[] {
  const out: QueryProblem[] = [];
  for (const t of targets) {
    const diags = t.datasource === 'loki' ? logqlDiagnostics(t.expr) : promqlDiagnostics(t.expr);
    const d = diags.sort((a, b) => a.from - b.from)[0];
    if (!d) continue;
    const before = t.expr.slice(0, d.from).split('\n');
    out.push({ refId: t.refId, line: before.length, column: before[before.length - 1]!.length + 1, message: d.message });
  }
  return out;
}
