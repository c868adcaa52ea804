import { z } from 'zod';
import { rangeParams } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { lokiFor } from '@/lib/auth/scoped-datasources';

const Params = rangeParams.and(
  z.object({ 'match[]': z.union([z.string(), z.array(z.string())], { error: 'match[] is required' }).transform((v) => (Array.isArray(v) ? v : [v])) }),
);

export const GET = route('/api/loki/series', async (req, _params, principal) => {
  const p = Params.parse(searchParams(req));
  return { data: await lokiFor(principal).series(p['match[]'], p.start, p.end, { signal: req.signal }) };
});
