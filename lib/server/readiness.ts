import 'server-only';
import { toErrorBody } from '../api/errors';
import { configured, kube, loki, prometheus } from './datasources';

export interface DatasourceHealth {
  configured: boolean;
  ok: boolean;
  version?: string;
  latencyMs?: number;
  error?: string;
}

export interface Readiness {
  status: 'ready' | 'degraded';
  datasources: Record<'prometheus' | 'loki' | 'kubernetes', DatasourceHealth>;
}

const CHECK_TIMEOUT_MS = 3000;

async function check(isConfigured: boolean, probe: (signal: AbortSignal) => Promise<string>): Promise<DatasourceHealth> {
  if (!isConfigured) return { configured: false, ok: false, error: 'not configured' };
  const started = performance.now();
  try {
    const version = await probe(AbortSignal.timeout(CHECK_TIMEOUT_MS));
    return { configured: true, ok: true, version, latencyMs: Math.round(performance.now() - started) };
  } catch (e) {
    return { configured: true, ok: false, error: toErrorBody(e).message, latencyMs: Math.round(performance.now() - started) };
  }
}

/**
 * Each datasource's reachability and version, checked in parallel with a short timeout. A datasource that
 * is down makes the console "degraded", not unready: the rest of the console keeps serving.
 */
export async function readiness(): Promise<Readiness> {
  const c = configured();
  const [p, l, k] = await Promise.all([
    check(c.prometheus, async (signal) => (await prometheus().buildInfo({ signal })).version),
    check(c.loki, async (signal) => (await loki().buildInfo({ signal })).version || 'unknown'),
    check(c.kubernetes, async (signal) => (await kube().listNamespaces({ limit: 1, signal }), 'reachable')),
  ]);
  const datasources = { prometheus: p, loki: l, kubernetes: k };
  const down = Object.values(datasources).some((d) => d.configured && !d.ok);
  return { status: down ? 'degraded' : 'ready', datasources };
}
