import { z } from 'zod';
import { optionalRange } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { prometheus } from '@/lib/server/datasources';

const Params = optionalRange.extend({
  'match[]': z.union([z.string(), z.array(z.string())], { error: 'match[] is required' }).transform((v) => (Array.isArray(v) ? v : [v])),
});

export const GET = route('/api/prometheus/series', async (req) => {
  const p = Params.parse(searchParams(req));
  return { data: (await prometheus().series(p['match[]'], p.start, p.end, { signal: req.signal })).data };
});
