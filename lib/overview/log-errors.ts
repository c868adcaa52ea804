import 'server-only';
import { currentPrincipal } from '../auth/current';
import { lokiFor } from '../auth/scoped-datasources';
import { logQuery } from '../logql/escape';
import { ERROR_LINE_PATTERN } from './patterns';

export interface NamespaceErrorRate {
  namespace: string;
  /** Error lines per minute over the window. */
  perMinute: number;
}

/** Per namespace, the rate of error-looking log lines over the `windowMinutes` ending at `atMs`. */
export async function namespaceErrorRates(atMs: number, windowMinutes = 5, signal?: AbortSignal): Promise<NamespaceErrorRate[]> {
  const selector = logQuery([{ name: 'namespace', op: '=~', value: '.+' }], [{ op: '|~', value: ERROR_LINE_PATTERN }]);
  const query = `sum by (namespace) (count_over_time(${selector} [${windowMinutes}m]))`;
  const { data } = await lokiFor(await currentPrincipal()).query(query, atMs, undefined, undefined, { signal });
  if (data.resultType !== 'vector') return [];
  return data.samples
    .map((s) => ({ namespace: s.labels.namespace ?? '', perMinute: s.value / windowMinutes }))
    .filter((s) => s.namespace)
    .sort((a, b) => b.perMinute - a.perMinute);
}
