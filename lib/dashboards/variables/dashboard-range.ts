/**
 * The range and built-ins a dashboard's variables are resolved with, shared by the server (which resolves them while
 * rendering the page) and the browser (which resolves them again when the selection or range changes): both must
 * arrive at the same range for the server's answer to be reused. Pure.
 */
import type { ResolvedRange } from '@/lib/time/time-expr';
import { builtinVariables } from './builtins';
import type { ResolvedVariable, VariableScope } from './types';

/** Variable options do not need second precision: a minute-aligned range lets navigations reuse the answer. */
const RANGE_GRAIN_MS = 60_000;
/** Roughly a wide panel: `$__interval` in a variable query means "about one sample per pixel". */
const VARIABLE_RESOLUTION_PX = 1000;

export function variableRange(range: ResolvedRange): ResolvedRange {
  return {
    startMs: Math.floor(range.startMs / RANGE_GRAIN_MS) * RANGE_GRAIN_MS,
    endMs: Math.ceil(range.endMs / RANGE_GRAIN_MS) * RANGE_GRAIN_MS,
  };
}

export function variableBuiltins(range: ResolvedRange): VariableScope {
  return builtinVariables({ range, intervalMs: Math.max(1000, (range.endMs - range.startMs) / VARIABLE_RESOLUTION_PX) });
}

/** Variables the server resolved while rendering, for the browser to start from at the same range and selection. */
export interface InitialVariables {
  startMs: number;
  endMs: number;
  selected: Readonly<Record<string, readonly string[]>>;
  resolved: ResolvedVariable[];
}
