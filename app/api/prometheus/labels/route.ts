import { matchList, optionalRange } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { prometheusFor } from '@/lib/auth/scoped-datasources';

const Params = optionalRange.extend({ 'match[]': matchList });

export const GET = route('/api/prometheus/labels', async (req, _params, principal) => {
  const p = Params.parse(searchParams(req));
  return { data: (await prometheusFor(principal).labels(p['match[]'], p.start, p.end, { signal: req.signal })).data };
});

