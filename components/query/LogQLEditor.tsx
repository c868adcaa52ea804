'use client';

import { parser } from '@grafana/lezer-logql';
import { LanguageSupport, LRLanguage } from '@codemirror/language';
import { styleTags, tags as t } from '@lezer/highlight';
import { baseExtensions } from './base-extensions';
import { historyCompletionSource } from './history-completion';
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
}

/**
 * LogQL editor: lezer-logql highlighting, syntax errors underlined inline before anything is sent, and the query
 * history as a completion source (further sources can be added the same way, through the language's data).
 */
export function LogQLEditor({ value, onChange, onRun, history = true }: LogQLEditorProps) {
  const getHistory = useHistoryGetter('loki', history);
  const ref = useCodeMirror({
    value,
    onChange,
    onRun,
    extensions: () => [
      ...baseExtensions('LogQL, e.g. {namespace="shop"} |= "error"'),
      new LanguageSupport(logqlLanguage, logqlLanguage.data.of({ autocomplete: historyCompletionSource(getHistory) })),
      logqlLinter,
    ],
  });
  return <div ref={ref} className="query-editor" data-testid="logql-editor" />;
}
