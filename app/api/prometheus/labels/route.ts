import { matchList, optionalRange } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { prometheus } from '@/lib/server/datasources';

const Params = optionalRange.extend({ 'match[]': matchList });

export const GET = route('/api/prometheus/labels', async (req) => {
  const p = Params.parse(searchParams(req));
  return { data: (await prometheus().labels(p['match[]'], p.start, p.end, { signal: req.signal })).data };
});

