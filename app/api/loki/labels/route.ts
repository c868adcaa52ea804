import { rangeParams } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { lokiFor } from '@/lib/auth/scoped-datasources';

export const GET = route('/api/loki/labels', async (req, _params, principal) => {
  const p = rangeParams.parse(searchParams(req));
  return { data: await lokiFor(principal).labels(p.start, p.end, { signal: req.signal }) };
});
