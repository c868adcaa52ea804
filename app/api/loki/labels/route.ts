import { rangeParams } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { loki } from '@/lib/server/datasources';

export const GET = route('/api/loki/labels', async (req) => {
  const p = rangeParams.parse(searchParams(req));
  return { data: await loki().labels(p.start, p.end, { signal: req.signal }) };
});
