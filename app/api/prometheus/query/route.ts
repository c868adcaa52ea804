import { z } from 'zod';
import { queryText, timeMs } from '@/lib/api/params';
import { toApiInstant } from '@/lib/api/results';
import { route, searchParams } from '@/lib/api/route';
import { prometheus } from '@/lib/server/datasources';

const Params = z.object({ query: queryText, time: timeMs.optional() });

export const GET = route('/api/prometheus/query', async (req) => {
  const p = Params.parse(searchParams(req));
  const r = await prometheus().query(p.query, p.time, { signal: req.signal });
  return toApiInstant(r.data, r.warnings);
});
