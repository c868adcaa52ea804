import { z } from 'zod';
import { toApiLokiResult } from '@/lib/api/results';
import { queryText, timeMs } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { lokiFor } from '@/lib/auth/scoped-datasources';

const Params = z.object({ query: queryText, time: timeMs.optional(), limit: z.coerce.number().int().min(1).max(5000).optional() });

export const GET = route('/api/loki/query', async (req, _params, principal) => {
  const p = Params.parse(searchParams(req));
  return toApiLokiResult(await lokiFor(principal).query(p.query, p.time, p.limit, undefined, { signal: req.signal }));
});
