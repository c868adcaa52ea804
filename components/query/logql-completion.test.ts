import { CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { EditorState } from '@codemirror/state';
import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { completionContext, type LogqlContext } from '@/lib/logql/completion-context';
import { valueOptions } from '@/lib/logql/completion-options';
import { logqlSyntaxError } from '@/lib/logql/validate';
import { unquoteLogql } from '@/lib/logs/query-tree';
import type { ResultField } from '@/lib/logs/result-fields';
import { cachedList, seriesValues } from '@/lib/queries/logql-completion';
import { type LogqlCompletionData, logqlCompletionSource, logqlOptions, valueEdit } from './logql-completion';

const FIELDS: ResultField[] = [
  { name: 'level', source: 'json', values: ['info', 'error'] },
  { name: 'duration_ms', source: 'json', values: ['12'] },
];

function fakeData(over: Partial<LogqlCompletionData> = {}): LogqlCompletionData {
  return {
    labelNames: vi.fn(async () => ['app', 'namespace', 'pod']),
    labelValues: vi.fn(async (name: string) => (name === 'namespace' ? ['kube-system', 'shop'] : name === 'level' ? ['warn'] : [])),
    fields: () => FIELDS,
    ...over,
  };
}

function split(text: string): { doc: string; pos: number } {
  const pos = text.indexOf('¦');
  return { doc: text.slice(0, pos) + text.slice(pos + 1), pos };
}

async function optionsAt(text: string, data = fakeData()) {
  const { doc, pos } = split(text);
  const ctx = completionContext(doc, pos)!;
  return logqlOptions(ctx, data, new AbortController().signal);
}

async function labelsAt(text: string, data = fakeData()) {
  return (await optionsAt(text, data)).map((o) => o.label);
}

/** Picks `value` at the marker as the editor would, returning the new document. */
function pick(text: string, value: string): string {
  const { doc, pos } = split(text);
  const ctx = completionContext(doc, pos) as Extract<LogqlContext, { kind: 'labelValue' }>;
  const [option] = valueOptions(ctx, [value]);
  const state = EditorState.create({ doc, selection: { anchor: pos } });
  return state.update(valueEdit(state, option!.insert!)!).state.doc.toString();
}

describe('LogQL completion options per context', () => {
  it('a stream selector offers Loki label names only (no result fields), without those already used', async () => {
    expect(await labelsAt('{¦}')).toEqual(['app', 'namespace', 'pod']);
    expect(await labelsAt('{namespace="shop", ¦}')).toEqual(['app', 'pod']);
    expect(await labelsAt('{namespace="shop", p¦}')).toEqual(['app', 'pod']);
  });

  it('after a pipe: parsers (with a doc), stages and line filters; after a parser also the fields of the results', async () => {
    const options = await optionsAt('{a="b"} | ¦');
    const labels = options.map((o) => o.label);
    expect(labels.slice(0, 5)).toEqual(['json', 'logfmt', 'regexp', 'pattern', 'unpack']);
    for (const l of ['line_format', 'label_format', 'drop', 'keep', 'decolorize', 'unwrap', '|=', '!=', '|~', '!~', '|= ip()']) expect(labels).toContain(l);
    expect(options.find((o) => o.label === 'json')!.info).toMatch(/JSON/);
    expect(options.find((o) => o.label === '|=')).toMatchObject({ template: '|= "${}"', replacesPipe: true });
    expect(labels).not.toContain('level');
    expect(await labelsAt('{a="b"} | json | ¦')).toEqual(expect.arrayContaining(['json', '|=', 'level', 'duration_ms']));
  });

  it('label filters, by (...), keep and templates offer result fields first, then Loki labels', async () => {
    expect(await labelsAt('{a="b"} | json | level="x", ¦')).toEqual(['level', 'duration_ms', 'app', 'namespace', 'pod']);
    expect(await labelsAt('sum by (¦) (count_over_time({a="b"} | json [5m]))')).toEqual(['level', 'duration_ms', 'app', 'namespace', 'pod']);
    expect(await labelsAt('sum by (level, ¦) (count_over_time({a="b"} | json [5m]))')).toEqual(['duration_ms', 'app', 'namespace', 'pod']);
    expect(await labelsAt('{a="b"} | json | keep ¦')).toContain('duration_ms');
    expect(await labelsAt('{a="b"} | json | line_format "{{.¦}}"')).toContain('level');
  });

  it('label values: Loki values for a stream label, narrowed by the other matchers; seen values first in a label filter', async () => {
    expect(await labelsAt('{namespace="¦"}')).toEqual(['kube-system', 'shop']);
    const data = fakeData({ labelValues: vi.fn(async (_n: string, _s: AbortSignal, narrowBy?: string) => (narrowBy === '{namespace="shop"}' ? ['cart'] : ['cart', 'payment-api'])) });
    expect(await labelsAt('{namespace="shop", app="¦"}', data)).toEqual(['cart']);
    expect(await labelsAt('{a="b"} | json | level="¦"')).toEqual(['info', 'error', 'warn']);
  });

  it('expression position offers range and vector aggregations as snippets', async () => {
    const options = await optionsAt('¦');
    expect(options.find((o) => o.label === 'count_over_time')!.template).toBe('count_over_time({${}}[5m])');
    // k defaults to 10 (a numbered field with default text; `${10}` would be an empty field).
    expect(options.find((o) => o.label === 'topk')!.template).toBe('topk(${1:10}, ${2})');
    expect(options.map((o) => o.label)).toEqual(expect.arrayContaining(['rate', 'bytes_over_time', 'sum_over_time', 'quantile_over_time', 'absent_over_time', 'sum by', 'avg by', 'topk', 'bottomk']));
  });

  it('a failing Loki gives no names, and no error', async () => {
    const down = fakeData({ labelNames: async () => [], labelValues: async () => [] });
    expect(await labelsAt('{¦}', down)).toEqual([]);
    expect(await labelsAt('{a="b"} | json | level="¦"', down)).toEqual(['info', 'error']);
  });
});

describe('picking a label value inserts an escaped literal', () => {
  it('replaces the literal around the cursor, inside quotes or unquoted', () => {
    expect(pick('{namespace="sh¦"}', 'shop')).toBe('{namespace="shop"}');
    expect(pick('{namespace=¦}', 'shop')).toBe('{namespace="shop"}');
    expect(pick('{namespace=sh¦}', 'shop')).toBe('{namespace="shop"}');
    expect(pick('{a="b"} | json | level=`¦`', 'info')).toBe('{a="b"} | json | level="info"');
  });

  const tricky = ['say "hi"', 'C:\\temp\\', 'two\nlines\ttab', 'a.b*c+(d)[e]{f}|g?^$', 'zürich ☃ 🚀', '\ud800lone'];
  it.each(tricky)('%j round-trips through the grammar for = and =~', (value) => {
    const wf = value.replace(/\ud800/, '\ufffd');
    for (const op of ['=', '!=', '=~', '!~'] as const) {
      const doc = pick(`{app${op}"¦"}`, value);
      expect(logqlSyntaxError(doc)).toBeNull();
      const literal = doc.slice(op.length + 4, -1);
      expect(literal).not.toMatch(/\n/);
      const decoded = unquoteLogql(literal);
      if (op === '=' || op === '!=') expect(decoded).toBe(wf);
      else expect(new RegExp(`^(?:${decoded})$`, 'u').test(wf)).toBe(true);
    }
  });
});

describe('the CodeMirror source', () => {
  it('answers from the context start, with Loki label names right after {', async () => {
    const state = EditorState.create({ doc: '{na}', selection: { anchor: 3 } });
    const result = (await logqlCompletionSource(fakeData())(new CompletionContext(state, 3, false))) as CompletionResult;
    expect(result.from).toBe(1);
    expect(result.options.map((o) => o.label)).toEqual(['app', 'namespace', 'pod']);
  });

  it('offers nothing where the tree says nothing fits', async () => {
    const state = EditorState.create({ doc: '{a="b"}', selection: { anchor: 6 } });
    expect(await logqlCompletionSource(fakeData())(new CompletionContext(state, 6, false))).toBeNull();
  });
});

describe('Loki lists for completion: cached, debounced, abortable, quiet on failure', () => {
  it('values narrowed by a selector come from the streams it matches', () => {
    expect(seriesValues([{ app: 'cart' }, { app: 'web' }, { app: 'cart' }, { pod: 'x' }], 'app')).toEqual(['cart', 'web']);
  });

  it('fetches once, then answers from the cache without waiting', async () => {
    const qc = new QueryClient();
    const fn = vi.fn(async () => ({ data: ['a'] }));
    const signal = new AbortController().signal;
    expect(await cachedList(qc, ['k'], fn, signal)).toEqual(['a']);
    const t0 = performance.now();
    expect(await cachedList(qc, ['k'], fn, signal)).toEqual(['a']);
    expect(performance.now() - t0).toBeLessThan(50);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('a failure resolves to [] and is not retried on the next keystroke', async () => {
    const qc = new QueryClient();
    const fn = vi.fn(async () => {
      throw new Error('loki down');
    });
    const signal = new AbortController().signal;
    expect(await cachedList(qc, ['k'], fn, signal)).toEqual([]);
    expect(await cachedList(qc, ['k'], fn, signal)).toEqual([]);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('aborted during the debounce sends nothing; aborted in flight settles at once and cancels the request', async () => {
    const qc = new QueryClient();
    const fn = vi.fn((s: AbortSignal) => new Promise<{ data: string[] }>((_, reject) => s.addEventListener('abort', () => reject(new Error('cancelled')))));
    const early = new AbortController();
    const p1 = cachedList(qc, ['k'], fn, early.signal);
    early.abort();
    expect(await p1).toEqual([]);
    expect(fn).not.toHaveBeenCalled();

    const late = new AbortController();
    const p2 = cachedList(qc, ['k'], fn, late.signal);
    await vi.waitFor(() => expect(fn).toHaveBeenCalledTimes(1));
    const inner = fn.mock.calls[0]![0];
    late.abort();
    expect(await p2).toEqual([]);
    await vi.waitFor(() => expect(inner.aborted).toBe(true));
  });
});
