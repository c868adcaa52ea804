'use client';

import { PromQLExtension } from '@prometheus-io/codemirror-promql';
import { useQueryClient } from '@tanstack/react-query';
import { createPromCompletionClient } from '@/lib/queries/promql-completion';
import { baseExtensions } from './base-extensions';
import { useCodeMirror } from './use-codemirror';

interface PromQLEditorProps {
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter. */
  onRun: () => void;
}

/**
 * PromQL editor: codemirror-promql's grammar, linter and completion, with completion answered by Lantern's own
 * /api/prometheus routes through the react-query cache (see createPromCompletionClient).
 */
export function PromQLEditor({ value, onChange, onRun }: PromQLEditorProps) {
  const queryClient = useQueryClient();
  const ref = useCodeMirror({
    value,
    onChange,
    onRun,
    extensions: () => [
      ...baseExtensions('PromQL, e.g. sum by (namespace) (rate(container_cpu_usage_seconds_total[5m]))'),
      new PromQLExtension()
        .setComplete({ remote: createPromCompletionClient(queryClient), maxMetricsMetadata: 10_000 })
        .asExtension(),
    ],
  });
  return <div ref={ref} className="query-editor" data-testid="promql-editor" />;
}
