import { z } from 'zod';
import { rangeParams, queryText } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { prometheus } from '@/lib/server/datasources';

const Params = rangeParams.and(z.object({ query: queryText, step: z.coerce.number().positive('step must be a positive number of seconds') }));

export const GET = route('/api/prometheus/query_range', async (req) => {
  const p = Params.parse(searchParams(req));
  const r = await prometheus().queryRange(p.query, p.start, p.end, p.step, { signal: req.signal });
  return { series: r.data, ...(r.warnings.length ? { warnings: r.warnings } : {}) };
});
