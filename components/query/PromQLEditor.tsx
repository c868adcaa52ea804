'use client';

import { newCompleteStrategy, PromQLExtension, type LintStrategy } from '@prometheus-io/codemirror-promql';
import { useQueryClient } from '@tanstack/react-query';
import { createPromCompletionClient } from '@/lib/queries/promql-completion';
import { baseExtensions } from './base-extensions';
import { HistoryCompleteStrategy } from './history-complete-strategy';
import { useCodeMirror } from './use-codemirror';
import { useHistoryGetter } from './use-history-getter';

interface PromQLEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter. */
  onRun: () => void;
  /** Offer past queries (starred first) in completion. Default true. */
  history?: boolean;
  /** Replaces codemirror-promql's linter, e.g. with one that accepts dashboard variables (`[$__rate_interval]`). */
  lint?: LintStrategy;
}

/**
 * PromQL editor: codemirror-promql's grammar, linter (syntax errors underlined inline as you type) and completion,
 * with completion answered by Lantern's own /api/prometheus routes through the react-query cache (see
 * createPromCompletionClient) and wrapped to add the query history (see HistoryCompleteStrategy).
 */
export function PromQLEditor({ value, onChange, onRun, history = true, lint }: PromQLEditorProps) {
  const queryClient = useQueryClient();
  const getHistory = useHistoryGetter('prometheus', history);
  const ref = useCodeMirror({
    value,
    onChange,
    onRun,
    extensions: () => {
      const remote = newCompleteStrategy({ remote: createPromCompletionClient(queryClient), maxMetricsMetadata: 10_000 });
      const promql = new PromQLExtension().setComplete({ completeStrategy: new HistoryCompleteStrategy(remote, getHistory) });
      if (lint) promql.setLinter(lint);
      return [...baseExtensions('PromQL, e.g. sum by (namespace) (rate(container_cpu_usage_seconds_total[5m]))'), promql.asExtension()];
    },
  });
  return <div ref={ref} className="query-editor" data-testid="promql-editor" />;
}
