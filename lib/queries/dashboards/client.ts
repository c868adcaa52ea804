/** One function per /api/dashboards endpoint (and the Prometheus ones variables need that lib/queries/client.ts lacks). */
import type { ImportWarning } from '@/lib/dashboards/grafana/warnings';
import type { DashboardModel } from '@/lib/dashboards/model';
import { fetchApi, sendApi, type ParamValue } from '../api';
import type { Labels } from '../types';

export interface DashboardSummary {
  uid: string;
  title: string;
  tags: string[];
  version: number;
  readOnly: boolean;
  updatedAt: string | null;
}

export interface Dashboard extends DashboardSummary {
  model: DashboardModel;
}


export interface ImportPreview {
  format?: 'grafana' | 'lantern';
  model: DashboardModel;
  warnings: ImportWarning[];
}

/**
 * POSTs JSON through `fetchApi`, so that error envelopes, network failures and malformed bodies become `ApiError`
 * in the same single place as for GETs.
 */
function postApi<T>(path: string, body: unknown, params: Record<string, ParamValue> = {}, signal?: AbortSignal): Promise<T> {
  return fetchApi<T>(path, params, signal, (input, init) =>
    fetch(input, { ...init, method: 'POST', headers: { ...init?.headers, 'content-type': 'application/json' }, body: JSON.stringify(body) }),
  );
}

export const listDashboards = (p: { search?: string; tag?: string }, signal?: AbortSignal) =>
  fetchApi<{ data: DashboardSummary[] }>('/api/dashboards', { search: p.search || undefined, tag: p.tag || undefined }, signal);

export const getDashboard = (uid: string, signal?: AbortSignal) =>
  fetchApi<{ data: Dashboard }>(`/api/dashboards/${encodeURIComponent(uid)}`, {}, signal);

/** Grafana or Lantern JSON as text: the server parses it, so a syntax error comes back as a readable 400. */
export const previewImport = (json: string) => postApi<{ data: ImportPreview }>('/api/dashboards/import', { json });

export const createDashboard = (model: DashboardModel) => postApi<{ data: Dashboard }>('/api/dashboards', { model });

export const duplicateDashboard = (uid: string, title?: string) =>
  postApi<{ data: Dashboard }>(`/api/dashboards/${encodeURIComponent(uid)}/duplicate`, title ? { title } : {});

export interface DashboardVersionSummary {
  version: number;
  title: string;
  tags: string[];
  message: string | null;
  createdAt: string;
}

export interface DashboardVersion extends DashboardVersionSummary {
  model: DashboardModel;
}

const path = (uid: string) => `/api/dashboards/${encodeURIComponent(uid)}`;

/** Saves over `expectedVersion`; a newer stored version is an `ApiError` with kind `conflict` (409) and nothing is written. */
export const saveDashboard = (uid: string, body: { model: DashboardModel; expectedVersion: number; message?: string }) =>
  sendApi<{ data: Dashboard }>('PUT', path(uid), body);

export const deleteDashboard = (uid: string) => sendApi<unknown>('DELETE', path(uid));

export const listDashboardVersions = (uid: string, signal?: AbortSignal) =>
  fetchApi<{ data: DashboardVersionSummary[] }>(`${path(uid)}/versions`, {}, signal);

export const getDashboardVersion = (uid: string, version: number, signal?: AbortSignal) =>
  fetchApi<{ data: DashboardVersion }>(`${path(uid)}/versions/${version}`, {}, signal);

/** Saves version `version` as a new version on top of `expectedVersion`. */
export const restoreDashboardVersion = (uid: string, body: { version: number; expectedVersion: number; message?: string }) =>
  postApi<{ data: Dashboard }>(`${path(uid)}/restore`, body);

export const promSeries = (p: { match: string; start: number; end: number }, signal?: AbortSignal) =>
  fetchApi<{ data: Labels[] }>('/api/prometheus/series', { 'match[]': p.match, start: p.start, end: p.end }, signal);
