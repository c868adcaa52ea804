'use client';

import { useEffect, useMemo } from 'react';
import type { LogEntry } from '@/lib/datasources/types';
import { type ResultField, resultFields } from '@/lib/logs/result-fields';

/** Reports the fields of the loaded lines (a sample of them) to the editor's completion whenever the lines change. */
export function useReportFields(entries: readonly LogEntry[], onFields?: (fields: ResultField[]) => void) {
  const fields = useMemo(() => (onFields ? resultFields(entries) : []), [entries, onFields]);
  useEffect(() => {
    onFields?.(fields);
  }, [fields, onFields]);
}
