import 'server-only';
import type { DashboardModel, DatasourceKind } from '@/lib/dashboards/model';
import { readVariableParams, resolveVariables, variableBuiltins, variableRange, type InitialVariables, type VariableResolver } from '@/lib/dashboards/variables';
import { currentPrincipal } from '@/lib/auth/current';
import type { Principal } from '@/lib/auth/principal';
import { lokiFor, prometheusFor } from '@/lib/auth/scoped-datasources';
import { validateRange } from '@/lib/time/time-expr';
import { readTimeParams } from '@/lib/time/url-params';

/** The page waits this long for the variables at most; then the browser resolves them itself. */
const TIMEOUT_MS = 1_500;


/** The same requests the browser's resolvers send through /api, sent to the datasources directly. */
function serverResolvers(principal: Principal, signal: AbortSignal): Partial<Record<DatasourceKind, VariableResolver>> {
  const opts = { signal };
  const prometheus = () => prometheusFor(principal);
  const loki = () => lokiFor(principal);
  const prom: VariableResolver = {
    labelValues: async (label, match, r) => (await prometheus().labelValues(label, match ? [match] : undefined, r.startMs, r.endMs, opts)).data,
    labelNames: async (match, r) => (await prometheus().labels(match ? [match] : undefined, r.startMs, r.endMs, opts)).data,
    series: async (match, r) => (await prometheus().series([match], r.startMs, r.endMs, opts)).data,
    async query(expr, timeMs) {
      const { data } = await prometheus().query(expr, timeMs, opts);
      if (data.resultType === 'scalar') return { type: 'scalar', value: String(data.scalar.value), timeMs: data.scalar.tsMs };
      const samples = data.resultType === 'vector' ? data.samples : [];
      return { type: 'vector', samples: samples.map((s) => ({ labels: s.labels, value: String(s.value), timeMs: s.tsMs })) };
    },
  };
  const lokiResolver: VariableResolver = {
    labelValues: async (label, _match, r) => loki().labelValues(label, r.startMs, r.endMs, undefined, opts),
    labelNames: () => Promise.reject(new Error('label_names() is not supported for Loki variables')),
    series: () => Promise.reject(new Error('series queries are not supported for Loki variables')),
    query: () => Promise.reject(new Error('query_result() is not supported for Loki variables')),
  };
  return { prometheus: prom, loki: lokiResolver };
}

/**
 * Resolves a dashboard's variables for the URL's selection and range while the page renders, so the browser's
 * panels can query at once instead of after a chain of round trips (namespace → pod → container). Undefined when
 * there is nothing to resolve, the range is invalid, or the datasources are slow or failing: the browser then
 * resolves (and reports errors) as before.
 */
export async function initialVariables(model: DashboardModel, search: URLSearchParams, nowMs = Date.now()): Promise<InitialVariables | undefined> {
  if (model.variables.length === 0) return undefined;
  const time = validateRange(readTimeParams(search), nowMs);
  if (!time.ok) return undefined;
  const range = variableRange(time);
  const selected = readVariableParams(search);
  const signal = AbortSignal.timeout(TIMEOUT_MS);
  try {
    const resolved = await resolveVariables(model.variables, { range, resolvers: serverResolvers(await currentPrincipal(), signal), selected, builtins: variableBuiltins(range) });
    // A variable that failed (timeout, upstream error) is better resolved, and reported, by the browser.
    if (signal.aborted || resolved.some((v) => v.error)) return undefined;
    return { ...range, selected, resolved };
  } catch {
    return undefined;
  }
}
