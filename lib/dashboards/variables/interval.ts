/** Interval variables (`type: 'interval'`): a list of durations plus an optional `auto` computed from the range. Pure. */
import { formatDuration, parseDuration } from '@/lib/time/duration';
import { computeStepS } from '@/lib/time/step';
import type { ResolvedRange } from '@/lib/time/time-expr';
import type { Variable } from '../model';
import type { VariableOption } from './types';

type IntervalVariable = Extract<Variable, { type: 'interval' }>;

/** The value of the `auto` option (Grafana uses `$__auto_interval_<name>`; only its presence matters here). */
export const AUTO_INTERVAL = '$__auto';

/** The options: `auto` first when enabled, then the listed durations. */
export function intervalOptions(v: IntervalVariable): VariableOption[] {
  const listed = v.options.map((o) => ({ text: o, value: o }));
  return v.auto ? [{ text: 'auto', value: AUTO_INTERVAL }, ...listed] : listed;
}

/** `auto`: range / autoCount rounded up to a nice step, at least autoMin (10s unless set). */
export function autoInterval(range: ResolvedRange, autoCount: number, autoMin: string): string {
  const minMs = parseDuration(autoMin) ?? 10_000;
  return formatDuration(computeStepS(range, { maxPoints: autoCount, minStepS: minMs / 1000 }) * 1000);
}

/** The duration an interval variable stands for, given the selected option. */
export function intervalValue(v: IntervalVariable, selected: string, range: ResolvedRange): string {
  return selected === AUTO_INTERVAL ? autoInterval(range, v.autoCount, v.autoMin) : selected;
}
