'use client';

import { selectorForLabels } from '@/lib/logs/edit-query';
import { usePromRangeQuery } from '@/lib/queries/hooks';
import { parseDuration } from '@/lib/time/duration';
import { alignRange, computeStepS } from '@/lib/time/step';
import type { ResolvedRange } from '@/lib/time/time-expr';

interface SeriesToLogsProps {
  query: string;
  range: ResolvedRange;
  step: string;
  onCarry: (logSelector: string) => void;
}

const CARRIED = ['namespace', 'pod'] as const;

/**
 * The chart's series that name a namespace or pod, each with one button that makes its labels the logs side's
 * selector (escaped by lib/logql). Same request as the chart (same key), so nothing is fetched twice.
 */
export function SeriesToLogs({ query, range, step, onCarry }: SeriesToLogsProps) {
  const override = step ? parseDuration(step) : null;
  const stepS = override ? Math.max(0.001, override / 1000) : computeStepS(range);
  const aligned = alignRange(range, Math.max(1, stepS));
  const result = usePromRangeQuery({ query, start: aligned.startMs, end: aligned.endMs, step: stepS });
  const carriable = (result.data?.series ?? [])
    .map((s) => ({ s, selector: selectorForLabels(s.labels, CARRIED) }))
    .filter((x): x is { s: (typeof x)['s']; selector: string } => x.selector !== undefined)
    .filter((x, i, all) => all.findIndex((y) => y.selector === x.selector) === i)
    .slice(0, 50);
  if (!carriable.length) return null;
  return (
    <div className="series-to-logs" data-testid="series-to-logs">
      <span className="hint">Show logs of:</span>
      {carriable.map(({ s, selector }) => (
        <button key={selector} type="button" className="btn" onClick={() => onCarry(selector)} data-testid="carry-to-logs" title={selector}>
          {CARRIED.map((n) => s.labels[n]).filter(Boolean).join('/')}
        </button>
      ))}
    </div>
  );
}
