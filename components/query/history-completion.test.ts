import { CompletionContext, type Completion, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import type { CompleteStrategy } from '@prometheus-io/codemirror-promql';
import { describe, expect, it } from 'vitest';
import { HistoryCompleteStrategy } from './history-complete-strategy';
import { historyCompletionSource, historyOptions, type HistoryItem } from './history-completion';

const history: HistoryItem[] = [
  { query: 'sum(rate(http_requests_total[5m]))', starred: true },
  { query: 'up', starred: false },
  { query: 'sum(up)', starred: false },
];
const at = (doc: string, pos = doc.length, explicit = false) =>
  new CompletionContext(EditorState.create({ doc }), pos, explicit);
const labels = (options: readonly Completion[]) => options.map((o) => o.displayLabel ?? o.label);

/** A stand-in for codemirror-promql's remote strategy: completes the identifier under the cursor. */
const grammar: CompleteStrategy = {
  promQL: (ctx) => {
    const word = ctx.matchBefore(/\w*$/)!;
    return { from: word.from, options: [{ label: 'sum' }, { label: 'up' }], validFor: /^\w*$/ };
  },
};

describe('historyOptions', () => {
  it('offers every entry, in order, in an empty editor', () => {
    const s = EditorState.create({ doc: '' });
    expect(labels(historyOptions(history, s, 0, 0))).toEqual(history.map((h) => h.query));
  });

  it('offers the entries the typed text is a prefix of, and not the typed text itself', () => {
    const s = EditorState.create({ doc: 'sum(' });
    const opts = historyOptions(history, s, 4, 0);
    expect(labels(opts)).toEqual(['sum(rate(http_requests_total[5m]))', 'sum(up)']);
    expect(opts[0]).toMatchObject({ detail: '★ starred' });
    expect(opts[0]!.boost).toBeGreaterThan(opts[1]!.boost!);
    expect(historyOptions(history, EditorState.create({ doc: 'up' }), 2, 0)).toEqual([]);
    expect(labels(historyOptions(history, EditorState.create({ doc: 'sum(up)' }), 6, 4))).toEqual([]);
  });

  it('labels from the token being completed, so the editor filters it as a prefix', () => {
    const s = EditorState.create({ doc: 'sum(ra' });
    expect(historyOptions(history, s, 6, 4).map((o) => o.label)).toEqual(['rate(http_requests_total[5m]))']);
  });

  it('offers nothing when text follows the cursor, unless only auto-closed brackets', () => {
    expect(historyOptions(history, EditorState.create({ doc: 'sum(up)' }), 3, 0)).toEqual([]);
    expect(labels(historyOptions(history, EditorState.create({ doc: 'sum(u)' }), 5, 4))).toEqual(['sum(up)']);
  });

  it('shortens long queries for display and keeps them whole in the info', () => {
    const long = `sum(${'a'.repeat(200)})`;
    const [opt] = historyOptions([{ query: long, starred: false }], EditorState.create({ doc: '' }), 0, 0);
    expect(opt!.displayLabel!.length).toBe(80);
    expect(opt!.info).toBe(long);
    expect(opt!.label).toBe(long);
  });
});

describe('HistoryCompleteStrategy', () => {
  it("puts history above the wrapped strategy's options in one result", async () => {
    const strategy = new HistoryCompleteStrategy(grammar, () => history);
    const res = (await strategy.promQL(at('su'))) as CompletionResult;
    expect(res.from).toBe(0);
    expect(labels(res.options)).toEqual(['sum(rate(http_requests_total[5m]))', 'sum(up)', 'sum', 'up']);
    expect(res.validFor).toBeUndefined();
  });

  it('passes the wrapped result through when no history matches', async () => {
    const strategy = new HistoryCompleteStrategy(grammar, () => history);
    const res = (await strategy.promQL(at('rate(x'))) as CompletionResult;
    expect(labels(res.options)).toEqual(['sum', 'up']);
    expect(res.validFor).toBeDefined();
  });

  it('offers history alone when the wrapped strategy has nothing', async () => {
    const strategy = new HistoryCompleteStrategy({ promQL: () => null }, () => history);
    const res = (await strategy.promQL(at('sum(', 4, true))) as CompletionResult;
    expect(res.from).toBe(4);
    expect(res.options.map((o) => o.label)).toEqual(['rate(http_requests_total[5m]))', 'up)']);
    expect(await new HistoryCompleteStrategy({ promQL: () => null }, () => []).promQL(at('x'))).toBeNull();
  });
});

describe('historyCompletionSource (LogQL)', () => {
  it('completes from the word under the cursor', async () => {
    const logs: HistoryItem[] = [{ query: '{app="cart"} |= "error"', starred: false }];
    const source = historyCompletionSource(() => logs);
    const res = (await source(at('{app="cart"} |= "err'))) as CompletionResult;
    expect(res.from).toBe('{app="cart"} |= "'.length);
    expect(res.options.map((o) => o.label)).toEqual(['error"']);
    expect(await source(at('{app="shop"}'))).toBeNull();
  });
});
