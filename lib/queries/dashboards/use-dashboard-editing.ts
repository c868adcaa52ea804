'use client';

import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { DashboardModel } from '@/lib/dashboards/model';
import { isApiError } from '../api';
import { queryKeys } from '../keys';
import {
  deleteDashboard,
  getDashboard,
  getDashboardVersion,
  listDashboardVersions,
  restoreDashboardVersion,
  saveDashboard,
} from './client';
import { dashboardKeys } from './keys';

const root = queryKeys.all[0].root;
// Not the detail: an open editor must keep the version it started from until it leaves (see useStoredDashboard).
const invalidateDashboard = (qc: ReturnType<typeof useQueryClient>, uid: string) =>
  Promise.all([
    qc.invalidateQueries({ queryKey: [{ root, scope: 'dashboards.list' }] }),
    qc.invalidateQueries({ queryKey: dashboardKeys.versions(uid) }),
  ]);

/**
 * The stored dashboard as saved (not adapted to the cluster like the page's model), fetched afresh each time the
 * editor opens (nothing is kept once it closes) and never refetched while it is open: the version it returns is the
 * one a save must name, even if someone else saves meanwhile.
 */
export function useStoredDashboard(uid: string) {
  return useQuery({
    queryKey: dashboardKeys.detail(uid),
    queryFn: ({ signal }) => getDashboard(uid, signal).then((r) => r.data),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });
}

/** A save refused because someone else saved first; carries what is stored now so the user can be told. */
export class SaveConflictError extends Error {
  constructor(
    readonly currentVersion: number,
    readonly currentTitle: string,
  ) {
    super(`Someone else saved version ${currentVersion} of this dashboard`);
    this.name = 'SaveConflictError';
  }
}

/**
 * PUT with the version the edit started from. When someone saved in between (409, nothing written) it rejects
 * with `SaveConflictError` naming the stored version, read back right away.
 */
export function useSaveDashboard(uid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: async (p: { model: DashboardModel; expectedVersion: number; message?: string }) => {
      try {
        return (await saveDashboard(uid, p)).data;
      } catch (e) {
        if (!isApiError(e) || e.kind !== 'conflict') throw e;
        const current = (await getDashboard(uid)).data;
        throw new SaveConflictError(current.version, current.title);
      }
    },
    onSuccess: () => invalidateDashboard(qc, uid),
  });
}

export function useDeleteDashboard(uid: string) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: () => deleteDashboard(uid), onSuccess: () => invalidateDashboard(qc, uid) });
}

/** Newest first. */
export function useDashboardVersions(uid: string, enabled = true) {
  return useQuery({
    queryKey: dashboardKeys.versions(uid),
    queryFn: ({ signal }) => listDashboardVersions(uid, signal).then((r) => r.data),
    enabled,
    staleTime: 0,
  });
}

export function useDashboardVersion(uid: string, version: number | null) {
  return useQuery({
    queryKey: dashboardKeys.version(uid, version ?? 0),
    queryFn: ({ signal }) => getDashboardVersion(uid, version!, signal).then((r) => r.data),
    enabled: version !== null,
    // A saved version never changes.
    staleTime: Infinity,
  });
}

export function useRestoreVersion(uid: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (p: { version: number; expectedVersion: number }) =>
      restoreDashboardVersion(uid, { ...p, message: `Restored version ${p.version}` }).then((r) => r.data),
    onSuccess: () => invalidateDashboard(qc, uid),
  });
}
