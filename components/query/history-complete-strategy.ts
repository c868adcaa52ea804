import type { CompletionContext, CompletionResult } from '@codemirror/autocomplete';
import type { CompleteStrategy } from '@prometheus-io/codemirror-promql';
import { historyOptions, type HistoryGetter } from './history-completion';

/**
 * Wraps a codemirror-promql `CompleteStrategy` (ours: the remote one answering from /api/prometheus) and adds the
 * query history, as Prometheus' own `HistoryCompleteStrategy` does: past queries of which the text typed so far is a
 * prefix, starred first, above the grammar's own options for the token under the cursor.
 */
export class HistoryCompleteStrategy implements CompleteStrategy {
  constructor(
    private readonly inner: CompleteStrategy,
    private readonly history: HistoryGetter,
  ) {}

  async promQL(context: CompletionContext): Promise<CompletionResult | null> {
    const result = await this.inner.promQL(context);
    const from = result?.from ?? context.matchBefore(/[\w:]*$/)?.from ?? context.pos;
    const options = historyOptions(this.history(), context.state, context.pos, from);
    if (options.length === 0) return result;
    if (!result) return { from, options };
    // No `validFor`: the history matches change with every character, so each keystroke asks again.
    return { ...result, options: [...options, ...result.options], validFor: undefined };
  }

  destroy(): void {
    this.inner.destroy?.();
  }
}
