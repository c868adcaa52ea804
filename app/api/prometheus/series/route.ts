import { z } from 'zod';
import { optionalRange } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { prometheusFor } from '@/lib/auth/scoped-datasources';

const Params = optionalRange.extend({
  'match[]': z.union([z.string(), z.array(z.string())], { error: 'match[] is required' }).transform((v) => (Array.isArray(v) ? v : [v])),
});

export const GET = route('/api/prometheus/series', async (req, _params, principal) => {
  const p = Params.parse(searchParams(req));
  return { data: (await prometheusFor(principal).series(p['match[]'], p.start, p.end, { signal: req.signal })).data };
});
