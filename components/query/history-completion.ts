import { pickedCompletion, type Completion, type CompletionSource } from '@codemirror/autocomplete';
import type { EditorState } from '@codemirror/state';

/** What completion needs of a history entry. */
export interface HistoryItem {
  query: string;
  starred: boolean;
}

/** Getter rather than a list: the editor's extensions are built once, the history changes after every run. */
export type HistoryGetter = () => readonly HistoryItem[];

const MAX_OPTIONS = 30;
/** What may follow the cursor: whitespace and the closing brackets and quotes the editor inserts as you type. */
const CLOSERS_ONLY = /^[\s)\]}"'`]*$/;
const MAX_LABEL = 80;

/**
 * History entries as completion options for the cursor at `pos`, for a result that starts at `from`: every entry
 * when the editor is empty, otherwise those of which the text before the cursor is a prefix, in the order given
 * (starred first, then most recent). None when more than closing brackets follows the cursor: an entry replaces the
 * whole query.
 *
 * The label is the entry's text from `from` on, so CodeMirror's own filtering (which reads the document from `from`)
 * sees a prefix match, and history options can share a result with the grammar's options for the token being
 * typed. Applying an option replaces the whole document.
 */
export function historyOptions(entries: readonly HistoryItem[], state: EditorState, pos: number, from: number): Completion[] {
  if (!CLOSERS_ONLY.test(state.doc.sliceString(pos))) return [];
  const typed = state.doc.sliceString(0, pos);
  const whole = state.doc.toString();
  const matches = entries.filter((e) => e.query !== whole && e.query !== typed && e.query.startsWith(typed)).slice(0, MAX_OPTIONS);
  return matches.map((e, i) => {
    const long = e.query.length > MAX_LABEL;
    return {
      label: e.query.slice(from),
      displayLabel: long ? `${e.query.slice(0, MAX_LABEL - 1)}…` : e.query,
      detail: e.starred ? '★ starred' : 'history',
      info: long ? e.query : undefined,
      type: 'text',
      // Above the grammar's options (boost ≤ 99), keeping the given order among themselves.
      boost: 99 - i,
      apply: (view, completion) =>
        view.dispatch({
          changes: { from: 0, to: view.state.doc.length, insert: e.query },
          selection: { anchor: e.query.length },
          userEvent: 'input.complete',
          annotations: pickedCompletion.of(completion),
        }),
    } satisfies Completion;
  });
}

/** A CodeMirror completion source offering history alone (LogQL; PromQL wraps its strategy instead). */
export function historyCompletionSource(history: HistoryGetter): CompletionSource {
  return (context) => {
    const from = context.matchBefore(/\w*$/)?.from ?? context.pos;
    const options = historyOptions(history(), context.state, context.pos, from);
    return options.length ? { from, options } : null;
  };
}
