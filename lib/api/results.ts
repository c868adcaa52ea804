import type { LokiQueryResult } from '../datasources/loki';
import type { InstantResult } from '../datasources/types';

/**
 * The browser shapes of query results (see lib/queries/types.ts): samples, series, or `[tsMs, value]` for
 * scalars and strings; log entries without Loki-only extras.
 */
export function toApiInstant(d: InstantResult, warnings: string[]) {
  const w = warnings.length ? { warnings } : {};
  switch (d.resultType) {
    case 'vector':
      return { resultType: d.resultType, samples: d.samples, ...w };
    case 'matrix':
      return { resultType: d.resultType, series: d.series, ...w };
    case 'scalar':
      return { resultType: d.resultType, scalar: [d.scalar.tsMs, d.scalar.value], ...w };
    case 'string':
      return { resultType: d.resultType, string: [d.string.tsMs, d.string.value], ...w };
  }
}

export function toApiLokiResult(r: LokiQueryResult) {
  const d = r.data;
  if (d.resultType === 'streams') {
    return {
      resultType: d.resultType,
      entries: d.entries.map(({ tsNs, line, labels }) => ({ tsNs, line, labels })),
      ...(r.warnings.length ? { warnings: r.warnings } : {}),
    };
  }
  return toApiInstant(d, r.warnings);
}
