'use client';

import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { DashboardModel } from '@/lib/dashboards/model';
import { createDashboard, duplicateDashboard, previewImport } from './client';
import { queryKeys } from '../keys';

/** Grafana or Lantern JSON text → the model it imports as, and what could not be carried over. Saves nothing. */
export function useImportPreview() {
  return useMutation({ mutationFn: (json: string) => previewImport(json).then((r) => r.data) });
}

/** Saves a new dashboard; resolves to the saved one (with its uid). */
export function useCreateDashboard() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (model: DashboardModel) => createDashboard(model).then((r) => r.data),
    onSuccess: () => qc.invalidateQueries({ queryKey: [{ root: queryKeys.all[0].root, scope: 'dashboards.list' }] }),
  });
}

/** "Save as copy": a new dashboard with the model of `uid` (built-in or saved). */
export function useDuplicateDashboard() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: { uid: string; title?: string }) => duplicateDashboard(p.uid, p.title).then((r) => r.data),
    onSuccess: () => qc.invalidateQueries({ queryKey: [{ root: queryKeys.all[0].root, scope: 'dashboards.list' }] }),
  });
}
