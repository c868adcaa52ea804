'use client';

import { useEffect } from 'react';
import type { LogEntry } from '@/lib/datasources/types';
import { type ResultField, resultFields } from '@/lib/logs/result-fields';

/** Paging delivers a page every few tens of milliseconds: the fields are read once it pauses, not per page. */
const SETTLE_MS = 400;

/**
 * Reports the fields of the loaded lines (a sample of them) to the editor's completion once the lines stop changing.
 * Reading them parses up to 200 lines (JSON, logfmt): done per page, it added a long task to every page of 12 KB lines.
 */
export function useReportFields(entries: readonly LogEntry[], onFields?: (fields: ResultField[]) => void) {
  useEffect(() => {
    if (!onFields) return;
    const timer = setTimeout(() => onFields(resultFields(entries)), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [entries, onFields]);
}
