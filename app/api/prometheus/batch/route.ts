import { z } from 'zod';
import { toErrorBody } from '@/lib/api/errors';
import { InstantQueryParams, instantQuery, RangeQueryParams, rangeQuery } from '@/lib/api/prometheus-queries';
import { route } from '@/lib/api/route';

/** At most this many queries in one request; a dashboard's browser client splits larger sets. */
const MAX_ITEMS = 32;

const Kind = z.enum(['range', 'instant']);

/**
 * Several range and instant queries in one request, run concurrently: a dashboard's panels would otherwise queue
 * behind the browser's six connections per host. Each `r` is the query string the single-query route takes, plus
 * `kind`. Each answer is what that route would have answered, or its error body; one failing query fails nothing else.
 */
export const GET = route('/api/prometheus/batch', async (req, _params, principal) => {
  const items = req.nextUrl.searchParams.getAll('r');
  if (items.length === 0 || items.length > MAX_ITEMS) throw new z.ZodError([{ code: 'custom', path: ['r'], message: `expected 1 to ${MAX_ITEMS} queries`, input: items.length }]);
  const results = await Promise.all(
    items.map(async (item) => {
      try {
        const params = Object.fromEntries(new URLSearchParams(item));
        const kind = Kind.parse(params.kind);
        const data = kind === 'range' ? await rangeQuery(principal, RangeQueryParams.parse(params), req.signal) : await instantQuery(principal, InstantQueryParams.parse(params), req.signal);
        return { ok: true as const, data };
      } catch (e) {
        return { ok: false as const, error: toErrorBody(e) };
      }
    }),
  );
  return { results };
});
