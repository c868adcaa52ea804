import 'server-only';
import { z } from 'zod';
import { queryText, rangeParams, timeMs } from '@/lib/api/params';
import { toApiInstant } from '@/lib/api/results';
import type { Principal } from '@/lib/auth/principal';
import { prometheusFor } from '@/lib/auth/scoped-datasources';

/** `/api/prometheus/query_range` parameters. */
export const RangeQueryParams = rangeParams.and(z.object({ query: queryText, step: z.coerce.number().positive('step must be a positive number of seconds') }));
/** `/api/prometheus/query` parameters. */
export const InstantQueryParams = z.object({ query: queryText, time: timeMs.optional() });

export async function rangeQuery(principal: Principal, p: z.infer<typeof RangeQueryParams>, signal: AbortSignal) {
  const r = await prometheusFor(principal).queryRange(p.query, p.start, p.end, p.step, { signal });
  return { series: r.data, ...(r.warnings.length ? { warnings: r.warnings } : {}) };
}

export async function instantQuery(principal: Principal, p: z.infer<typeof InstantQueryParams>, signal: AbortSignal) {
  const r = await prometheusFor(principal).query(p.query, p.time, { signal });
  return toApiInstant(r.data, r.warnings);
}
