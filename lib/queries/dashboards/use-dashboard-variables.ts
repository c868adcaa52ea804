'use client';

import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { Variable } from '@/lib/dashboards/model';
import { builtinVariables, resolveVariables, type ResolvedVariable } from '@/lib/dashboards/variables';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { dashboardKeys } from './keys';
import { browserResolvers } from './variable-resolver';

/** Variable options do not need second precision: a minute-aligned range lets navigations reuse the answer. */
const RANGE_GRAIN_MS = 60_000;
/** Roughly a wide panel: `$__interval` in a variable query means "about one sample per pixel". */
const VARIABLE_RESOLUTION_PX = 1000;

interface Previous {
  key: string;
  selected: Readonly<Record<string, readonly string[]>>;
  resolved: ResolvedVariable[];
}

/**
 * Resolves a dashboard's variables for the selection in the URL. When only the selection changed (same range),
 * the previous options are reused and only the variables depending on what changed are fetched again, so picking a
 * namespace re-resolves the pods and nothing else. The previous answer stays on screen while a new one loads.
 */
export function useDashboardVariables(input: {
  modelKey: string;
  variables: readonly Variable[];
  selected: Readonly<Record<string, readonly string[]>>;
  range: ResolvedRange | null;
}) {
  const qc = useQueryClient();
  const previous = useRef<Previous | null>(null);
  const range = input.range
    ? { startMs: Math.floor(input.range.startMs / RANGE_GRAIN_MS) * RANGE_GRAIN_MS, endMs: Math.ceil(input.range.endMs / RANGE_GRAIN_MS) * RANGE_GRAIN_MS }
    : { startMs: 0, endMs: 0 };
  const rangeKey = `${input.modelKey}|${range.startMs}|${range.endMs}`;
  return useQuery({
    queryKey: dashboardKeys.variables({ uid: input.modelKey, modelKey: input.modelKey, selected: input.selected, startMs: range.startMs, endMs: range.endMs }),
    enabled: input.range !== null,
    placeholderData: keepPreviousData,
    retry: false,
    staleTime: 30_000,
    queryFn: async ({ signal }) => {
      const prev = previous.current?.key === rangeKey ? previous.current : null;
      const changed = prev ? changedNames(prev.selected, input.selected) : undefined;
      const resolved = await resolveVariables(input.variables, {
        range,
        resolvers: browserResolvers(qc, signal),
        selected: input.selected,
        builtins: builtinVariables({ range, intervalMs: Math.max(1000, (range.endMs - range.startMs) / VARIABLE_RESOLUTION_PX) }),
        previous: prev?.resolved,
        changed,
      });
      previous.current = { key: rangeKey, selected: input.selected, resolved };
      return resolved;
    },
  });
}

function changedNames(a: Readonly<Record<string, readonly string[]>>, b: Readonly<Record<string, readonly string[]>>): string[] {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((n) => (a[n] ?? []).join('\u0000') !== (b[n] ?? []).join('\u0000'));
}
