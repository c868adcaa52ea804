/** Grafana dashboard import and Lantern's own JSON format. Pure: no I/O, safe on client and server. */
export { importGrafanaDashboard, GrafanaImportError, type GrafanaImportResult } from './import-dashboard';
export { exportLanternJson, parseLanternJson, LanternJsonError } from './lantern-json';
export type { ImportWarning, ImportWarningCode } from './warnings';
