import type { LokiQueryResult } from '../datasources/loki';

/** The browser shape of a Loki query result: entries for log queries, series/samples for metric queries. */
export function toApiResult(r: LokiQueryResult) {
  const d = r.data;
  const warnings = r.warnings.length ? { warnings: r.warnings } : {};
  switch (d.resultType) {
    case 'streams':
      return { resultType: d.resultType, entries: d.entries.map(({ tsNs, line, labels }) => ({ tsNs, line, labels })), ...warnings };
    case 'matrix':
      return { resultType: d.resultType, series: d.series, ...warnings };
    case 'vector':
      return { resultType: d.resultType, samples: d.samples, ...warnings };
    case 'scalar':
      return { resultType: d.resultType, scalar: [d.scalar.tsMs, d.scalar.value], ...warnings };
    case 'string':
      return { resultType: d.resultType, string: [d.string.tsMs, d.string.value], ...warnings };
  }
}
