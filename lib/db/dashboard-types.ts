/** Shapes the dashboard repository returns: plain objects, no Prisma types. */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
/** The dashboard document (panels, variables, time range…); its schema lives in lib/dashboards/. */
export type DashboardModel = { [key: string]: JsonValue };

export interface Dashboard {
  id: string;
  uid: string;
  title: string;
  /** Sorted, without duplicates. */
  tags: string[];
  model: DashboardModel;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export type DashboardSummary = Omit<Dashboard, 'model'>;

export interface DashboardVersionSummary {
  version: number;
  title: string;
  tags: string[];
  message: string | null;
  createdAt: Date;
}

export interface DashboardVersionDetail extends DashboardVersionSummary {
  model: DashboardModel;
}

export interface CreateDashboardInput {
  /** Grafana-style: 1–40 of [A-Za-z0-9_-]; generated when absent. */
  uid?: string;
  title: string;
  tags?: string[];
  model: DashboardModel;
  message?: string;
}

export interface SaveDashboardInput {
  /** The version the edit started from. A newer stored version throws ConflictError and writes nothing. */
  expectedVersion: number;
  title?: string;
  tags?: string[];
  model?: DashboardModel;
  message?: string;
}

export interface ListDashboardsQuery {
  /** Substring of the title, case-insensitive (Unicode). */
  search?: string;
  /** Dashboards carrying all of these tags. */
  tags?: string[];
  limit?: number;
  offset?: number;
}
