'use client';

import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type { Variable } from '@/lib/dashboards/model';
import { resolveVariables, variableBuiltins, variableRange, type InitialVariables, type ResolvedVariable } from '@/lib/dashboards/variables';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { dashboardKeys } from './keys';
import { browserResolvers } from './variable-resolver';


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
  /** Resolved by the server for the first render; used when the range and selection are the same. */
  initial?: InitialVariables;
}) {
  const qc = useQueryClient();
  const previous = useRef<Previous | null>(null);
  const range = input.range ? variableRange(input.range) : { startMs: 0, endMs: 0 };
  const rangeKey = `${input.modelKey}|${range.startMs}|${range.endMs}`;
  const { initial } = input;
  const initialFits = initial && initial.startMs === range.startMs && initial.endMs === range.endMs && changedNames(initial.selected, input.selected).length === 0;
  if (initialFits && previous.current === null) previous.current = { key: rangeKey, selected: input.selected, resolved: initial.resolved };
  return useQuery({
    queryKey: dashboardKeys.variables({ uid: input.modelKey, modelKey: input.modelKey, selected: input.selected, startMs: range.startMs, endMs: range.endMs }),
    enabled: input.range !== null,
    placeholderData: keepPreviousData,
    initialData: initialFits ? initial.resolved : undefined,
    retry: false,
    staleTime: 30_000,
    queryFn: async ({ signal }) => {
      const prev = previous.current?.key === rangeKey ? previous.current : null;
      const changed = prev ? changedSelections(prev, input.selected) : undefined;
      const resolved = await resolveVariables(input.variables, {
        range,
        resolvers: browserResolvers(qc, signal),
        selected: input.selected,
        builtins: variableBuiltins(range),
        previous: prev?.resolved,
        changed,
      });
      previous.current = { key: rangeKey, selected: input.selected, resolved };
      return resolved;
    },
  });
}

/**
 * Variables whose selection really changed. The URL catching up with what resolution settled on (the first visit
 * writes the default pod into it) is no change: nothing is fetched again for it.
 */
function changedSelections(prev: Previous, selected: Readonly<Record<string, readonly string[]>>): string[] {
  const current = new Map(prev.resolved.map((r) => [r.name, r.current]));
  return changedNames(prev.selected, selected).filter((n) => !(n in selected && changedNames({ [n]: current.get(n) ?? [] }, { [n]: selected[n]! }).length === 0));
}

function changedNames(a: Readonly<Record<string, readonly string[]>>, b: Readonly<Record<string, readonly string[]>>): string[] {
  const names = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...names].filter((n) => (a[n] ?? []).join('\u0000') !== (b[n] ?? []).join('\u0000'));
}
