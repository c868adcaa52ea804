/** Lantern's own dashboard file format: the validated model as pretty JSON, `schemaVersion` first. */
import { dashboardModel, SCHEMA_VERSION, type DashboardModel } from '../model';
import { isRecord } from './read';

export class LanternJsonError extends Error {
  override name = 'LanternJsonError';
}

/** Serialises a dashboard for download or sharing. The model is validated (and defaults filled) first. */
export function exportLanternJson(model: DashboardModel): string {
  const { schemaVersion, ...rest } = dashboardModel.parse(model);
  return `${JSON.stringify({ schemaVersion, ...rest }, null, 2)}\n`;
}

/**
 * Reads a file written by {@link exportLanternJson}.
 * @throws LanternJsonError naming the problem: not JSON, a Grafana dashboard, a newer format, or invalid fields.
 */
export function parseLanternJson(text: string): DashboardModel {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new LanternJsonError(`This is not valid JSON: ${(e as Error).message}`);
  }
  if (!isRecord(value)) throw new LanternJsonError('Expected a Lantern dashboard (a JSON object).');
  const version = value.schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    const grafana = Array.isArray(value.panels) && (version > 1 || '__inputs' in value || 'uid' in value);
    throw new LanternJsonError(
      grafana && version > 5
        ? `This looks like a Grafana dashboard (schemaVersion ${version}); import it as a Grafana dashboard instead.`
        : `Unsupported Lantern schemaVersion ${version}; this version reads schemaVersion ${SCHEMA_VERSION}.`,
    );
  }
  const r = dashboardModel.safeParse(value);
  if (!r.success) {
    const issues = r.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new LanternJsonError(`This Lantern dashboard is invalid: ${issues.join('; ')}${r.error.issues.length > 5 ? ` (and ${r.error.issues.length - 5} more)` : ''}.`);
  }
  return r.data;
}
