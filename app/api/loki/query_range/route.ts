import { z } from 'zod';
import { toApiLokiResult } from '@/lib/api/results';
import { queryText, rangeParams } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { loki } from '@/lib/server/datasources';

const Params = rangeParams.and(
  z.object({
    query: queryText,
    limit: z.coerce.number().int().min(1).max(5000, 'limit is at most 5000 lines per request (Loki\'s max_entries_limit default)').default(1000),
    direction: z.enum(['forward', 'backward']).default('backward'),
    step: z.coerce.number().positive().optional(),
  }),
);

export const GET = route('/api/loki/query_range', async (req) => {
  const p = Params.parse(searchParams(req));
  const r = await loki().queryRange(p.query, p.start, p.end, { limit: p.limit, direction: p.direction, step: p.step, signal: req.signal });
  return toApiLokiResult(r);
});
