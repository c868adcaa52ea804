import 'server-only';
/** Import preview (Grafana or Lantern JSON → model and warnings, nothing saved) and Lantern JSON download. */
import { exportLanternJson, GrafanaImportError, importGrafanaDashboard, LanternJsonError, parseLanternJson, type ImportWarning } from '@/lib/dashboards/grafana';
import { SCHEMA_VERSION, type DashboardModel } from '@/lib/dashboards/model';
import { RequestError } from '../errors';
import { getDashboard } from './dashboards';

export interface ImportPreview {
  format: 'grafana' | 'lantern';
  model: DashboardModel;
  warnings: ImportWarning[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a dashboard the user pasted or uploaded: the JSON itself, or `{ json: "<text>" }` (a file read as
 * text). A Lantern export (`schemaVersion: 1`) is validated as one; anything else goes to the Grafana
 * importer, which turns what it cannot map into placeholders and warnings instead of failing.
 * @throws RequestError 400 when the input is not JSON or not a dashboard
 */
export function previewImport(body: unknown): ImportPreview {
  let value = body;
  if (isRecord(value) && typeof value.json === 'string' && Object.keys(value).length === 1) {
    try {
      value = JSON.parse(value.json);
    } catch (e) {
      throw invalid(`json: not valid JSON (${(e as Error).message})`);
    }
  }
  try {
    if (isRecord(value) && value.schemaVersion === SCHEMA_VERSION && !('__inputs' in value)) {
      return { format: 'lantern', model: parseLanternJson(JSON.stringify(value)), warnings: [] };
    }
    return { format: 'grafana', ...importGrafanaDashboard(value) };
  } catch (e) {
    if (e instanceof GrafanaImportError || e instanceof LanternJsonError) throw invalid(e.message);
    throw e;
  }
}

const invalid = (message: string) => new RequestError(400, 'invalid_dashboard', message);

/** The dashboard as a Lantern JSON file download. @throws NotFoundError */
export async function exportDashboard(uid: string): Promise<Response> {
  const d = await getDashboard(uid);
  return new Response(exportLanternJson(d.model), {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': contentDisposition(`${fileStem(d.title) || d.uid}.lantern.json`),
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

/** A file name safe in any header: ASCII fallback plus the RFC 6266 / 5987 UTF-8 form for browsers that read it. */
function contentDisposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

function fileStem(title: string): string {
  return title
    .normalize('NFKC')
    .replace(/[\\/:*?"<>|\u0000-\u001f\u007f]+/g, ' ')
    .replace(/\s+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 100);
}
