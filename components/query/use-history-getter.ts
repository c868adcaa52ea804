'use client';

import { useCallback, useEffect, useRef } from 'react';
import { useHistoryCompletions, type HistoryDatasource } from '@/lib/queries/history';
import type { HistoryGetter } from './history-completion';

/**
 * The query history for an editor's completion, as a getter that always reads the latest entries: the editor's
 * extensions are built once on mount, while the history changes with every run, star and delete.
 */
export function useHistoryGetter(datasource: HistoryDatasource, enabled: boolean): HistoryGetter {
  const entries = useHistoryCompletions(datasource, { enabled });
  const latest = useRef(entries);
  useEffect(() => {
    latest.current = entries;
  }, [entries]);
  return useCallback(() => latest.current, []);
}
