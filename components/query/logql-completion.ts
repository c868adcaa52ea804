import {
  type Completion,
  type CompletionContext,
  type CompletionResult,
  type CompletionSource,
  pickedCompletion,
  snippet,
} from '@codemirror/autocomplete';
import type { EditorState, TransactionSpec } from '@codemirror/state';
import { completionContext, type LogqlContext } from '@/lib/logql/completion-context';
import { type LogqlOption, expressionOptions, nameOptions, pipelineOptions, valueOptions } from '@/lib/logql/completion-options';
import type { ResultField } from '@/lib/logs/result-fields';
import type { LokiCompletionClient } from '@/lib/queries/logql-completion';

/** What completion reads: Loki (cached, abortable) and the fields of the results on screen (a getter: they change). */
export interface LogqlCompletionData extends LokiCompletionClient {
  fields(): readonly ResultField[];
}

/**
 * The edit for picking a label value: the whole literal around the cursor (re-read from the current document, which
 * may have changed since the options were computed) becomes the escaped literal, the cursor after it.
 */
export function valueEdit(state: EditorState, insert: string, completion?: Completion): TransactionSpec | null {
  const pos = state.selection.main.head;
  const ctx = completionContext(state.doc.toString(), pos);
  if (ctx?.kind !== 'labelValue') return null;
  return {
    changes: { from: ctx.replaceFrom, to: Math.max(ctx.replaceTo, pos), insert },
    selection: { anchor: ctx.replaceFrom + insert.length },
    userEvent: 'input.complete',
    ...(completion ? { annotations: pickedCompletion.of(completion) } : {}),
  };
}

const TYPE: Record<LogqlOption['kind'], string> = {
  keyword: 'keyword',
  function: 'function',
  operator: 'keyword',
  property: 'property',
  variable: 'variable',
  constant: 'constant',
  text: 'text',
};

/** A CodeMirror completion for an option offered in `ctx`. */
export function toCompletion(o: LogqlOption, ctx: LogqlContext): Completion {
  const base: Completion = { label: o.label, type: TYPE[o.kind], detail: o.detail, info: o.info, boost: o.boost };
  if (o.template) {
    const expand = snippet(o.template);
    const pipeFrom = ctx.kind === 'pipeline' ? ctx.pipeFrom : undefined;
    return { ...base, apply: (view, c, from, to) => expand(view, c, o.replacesPipe && pipeFrom !== undefined ? pipeFrom : from, to) };
  }
  if (o.replacesLiteral && o.insert !== undefined) {
    const insert = o.insert;
    return {
      ...base,
      apply: (view, c) => {
        const spec = valueEdit(view.state, insert, c);
        if (spec) view.dispatch(spec);
      },
    };
  }
  return o.insert !== undefined ? { ...base, apply: o.insert } : base;
}

/** An AbortSignal that fires when CodeMirror drops this completion request, including on any further typing. */
function abortSignal(context: CompletionContext): AbortSignal {
  const ac = new AbortController();
  context.addEventListener('abort', () => ac.abort(), { onDocChange: true });
  return ac.signal;
}

/** Options for a context: static lists at once, Loki's names and values fetched (cached) only where they apply. */
export async function logqlOptions(ctx: LogqlContext, data: LogqlCompletionData, signal: AbortSignal): Promise<LogqlOption[]> {
  const fields = data.fields();
  switch (ctx.kind) {
    case 'expression':
      return expressionOptions();
    case 'pipeline':
      return pipelineOptions(ctx, { labels: [], fields });
    case 'labelName': {
      const labels = await data.labelNames(signal);
      return nameOptions(ctx, { labels, fields });
    }
    case 'labelValue': {
      const seen = ctx.site === 'labelFilter' ? (fields.find((f) => f.name === ctx.name)?.values ?? []) : [];
      const loki = await data.labelValues(ctx.name, signal, ctx.narrowBy);
      return valueOptions(ctx, [...seen, ...loki]);
    }
  }
}

/**
 * Context-aware LogQL completion: the syntax tree at the cursor decides what is offered (see completion-context.ts).
 * Never throws and never waits on a stale request: a failing Loki just offers nothing from Loki.
 */
export function logqlCompletionSource(data: LogqlCompletionData): CompletionSource {
  return async (context): Promise<CompletionResult | null> => {
    const ctx = completionContext(context.state.doc.toString(), context.pos);
    if (!ctx) return null;
    const options = await logqlOptions(ctx, data, abortSignal(context));
    if (context.aborted || !options.length) return null;
    return { from: ctx.from, options: options.map((o) => toCompletion(o, ctx)) };
  };
}
