'use client';

import { parser } from '@grafana/lezer-logql';
import { LanguageSupport, LRLanguage } from '@codemirror/language';
import { styleTags, tags as t } from '@lezer/highlight';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import type { ResultField } from '@/lib/logs/result-fields';
import { type CompletionRange, createLokiCompletionClient } from '@/lib/queries/logql-completion';
import { baseExtensions } from './base-extensions';
import { historyCompletionSource } from './history-completion';
import { type LogqlCompletionData, logqlCompletionSource } from './logql-completion';
import { logqlLinter } from './logql-lint';
import { useCodeMirror } from './use-codemirror';
import { useHistoryGetter } from './use-history-getter';

// lezer-logql ships the grammar only; these tags give it the same colours as PromQL.
const logqlLanguage = LRLanguage.define({
  name: 'logql',
  parser: parser.configure({
    props: [
      styleTags({
        'Json Logfmt Unpack Pattern Regexp Unwrap LabelFormat LineFormat LabelReplace Decolorize Drop Keep': t.keyword,
        'By Without Bool On Ignoring GroupLeft GroupRight Offset And Or Unless': t.operatorKeyword,
        'Sum Avg Count Max Min Stddev Stdvar Bottomk Topk Sort Sort_Desc': t.function(t.variableName),
        'Rate RateCounter CountOverTime BytesRate BytesOverTime AvgOverTime SumOverTime MinOverTime MaxOverTime StddevOverTime StdvarOverTime QuantileOverTime FirstOverTime LastOverTime AbsentOverTime Vector LabelReplace':
          t.function(t.variableName),
        'Bytes Duration DurationSeconds Ip': t.function(t.variableName),
        String: t.string,
        Number: t.number,
        Range: t.unit,
        'Identifier LabelName': t.labelName,
        'PipeExact PipeMatch PipePattern Npa Nre Eq Neq Re Eql Gtr Gte Lss Lte Pipe': t.operator,
        'Add Sub Mul Div Mod Pow': t.arithmeticOperator,
        LineComment: t.comment,
        '( )': t.paren,
        '{ }': t.brace,
        '[ ]': t.squareBracket,
      }),
    ],
  }),
  languageData: { closeBrackets: { brackets: ['(', '[', '{', '"', '`'] }, commentTokens: { line: '#' } },
});

interface LogQLEditorProps {
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  /** Offer past queries (starred first) in completion. Default true. */
  history?: boolean;
  /** The time range label names and values are completed for; default the last hour. */
  range?: CompletionRange;
  /** Fields seen in the current results, offered in label filters, `by (...)`, `keep`/`drop`/`unwrap`, templates. */
  fields?: readonly ResultField[];
}

const NO_FIELDS: readonly ResultField[] = [];
const lastHour = (): CompletionRange => ({ startMs: Date.now() - 3600_000, endMs: Date.now() });

/**
 * LogQL editor: lezer-logql highlighting, syntax errors underlined inline before anything is sent, and two completion
 * sources: the query history, and context-aware completion from the syntax tree (label names and values from Loki
 * for `range`, stages, functions, and the `fields` of the results).
 */
export function LogQLEditor({ value, onChange, onRun, history = true, range, fields = NO_FIELDS }: LogQLEditorProps) {
  const getHistory = useHistoryGetter('loki', history);
  const queryClient = useQueryClient();
  // The extensions are built once; range and fields are read through a ref when completion runs.
  const latest = useRef({ range, fields });
  useEffect(() => {
    latest.current = { range, fields };
  }, [range, fields]);
  const [data] = useState<LogqlCompletionData>(() => ({
    ...createLokiCompletionClient(queryClient, () => latest.current.range ?? lastHour()),
    fields: () => latest.current.fields,
  }));
  const ref = useCodeMirror({
    value,
    onChange,
    onRun,
    extensions: () => [
      ...baseExtensions('LogQL, e.g. {namespace="shop"} |= "error"'),
      new LanguageSupport(logqlLanguage, [
        logqlLanguage.data.of({ autocomplete: historyCompletionSource(getHistory) }),
        logqlLanguage.data.of({ autocomplete: logqlCompletionSource(data) }),
      ]),
      logqlLinter,
    ],
  });
  return <div ref={ref} className="query-editor" data-testid="logql-editor" />;
}
