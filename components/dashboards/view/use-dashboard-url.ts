'use client';

import { usePathname, useRouter, useSearchParams } from 'next/navigation';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Variable } from '@/lib/dashboards/model';
import { readVariableParams, urlVariableValues, variableParamChanges, type ResolvedVariable } from '@/lib/dashboards/variables';
import { readViewPanel, viewPanelSearch } from './links';

const same = (a: readonly string[] = [], b: readonly string[] = []) => a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * The dashboard's view state in the URL: variable selections (`var-name=value`, repeated for multi-value ones) and
 * the full-screen panel (`viewPanel`). User choices push a history entry (Back undoes them); the values resolution
 * settled on (a first visit, a pod that no longer exists) replace the current one, so a copied URL always holds the
 * complete selection.
 */
export function useDashboardUrl() {
  const router = useRouter();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const selected = useMemo(() => readVariableParams(searchParams), [searchParams]);
  const viewPanel = readViewPanel(searchParams);
  const enteredHere = useRef(false);

  // Only the query string changes, and the page's server component reads none of it: the native history API updates
  // useSearchParams (Next integrates pushState/replaceState) without a server round trip that would render the page
  // again. `location.pathname` keeps LANTERN_BASE_PATH, which usePathname() leaves out.
  const go = useCallback((search: string, mode: 'push' | 'replace') => {
    const href = search ? `${window.location.pathname}?${search}` : window.location.pathname;
    if (mode === 'push') window.history.pushState(null, '', href);
    else window.history.replaceState(null, '', href);
  }, []);

  const setVariable = useCallback(
    (name: string, values: string[]) => go(variableParamChanges(searchParams.toString(), { [name]: values }), 'push'),
    [go, searchParams],
  );

  const openPanel = useCallback(
    (id: number) => {
      enteredHere.current = true;
      go(viewPanelSearch(searchParams, id), 'push');
    },
    [go, searchParams],
  );

  const closePanel = useCallback(() => {
    // Entered from this page: going back restores the scroll position and keeps history tidy.
    if (enteredHere.current) {
      enteredHere.current = false;
      router.back();
    } else go(viewPanelSearch(searchParams, null), 'replace');
  }, [go, router, searchParams]);

  const panelHref = useCallback((id: number) => `${pathname}?${viewPanelSearch(searchParams, id)}`, [pathname, searchParams]);

  return { pathname, searchParams, selected, viewPanel, go, setVariable, openPanel, closePanel, panelHref };
}

/** Writes the selections resolution settled on into the URL (replacing the entry) once it has settled. */
export function useSyncResolvedVariables(
  url: Pick<ReturnType<typeof useDashboardUrl>, 'selected' | 'searchParams' | 'go'>,
  variables: readonly Variable[],
  resolved: readonly ResolvedVariable[] | undefined,
  settled: boolean,
) {
  const { selected, searchParams, go } = url;
  useEffect(() => {
    if (!resolved || !settled) return;
    const wanted = urlVariableValues(variables, resolved);
    const changes = Object.fromEntries(Object.entries(wanted).filter(([name, values]) => !same(selected[name], values)));
    if (Object.keys(changes).length) go(variableParamChanges(searchParams.toString(), changes), 'replace');
  }, [resolved, settled, variables, selected, searchParams, go]);
}
