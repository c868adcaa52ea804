import { z } from 'zod';
import { route, searchParams } from '@/lib/api/route';
import { prometheusFor } from '@/lib/auth/scoped-datasources';

const Params = z.object({ metric: z.string().regex(/^[a-zA-Z_:][a-zA-Z0-9_:]*$/, 'expected a metric name').optional() });

export const GET = route('/api/prometheus/metadata', async (req, _params, principal) => {
  const p = Params.parse(searchParams(req));
  return { data: await prometheusFor(principal).metadata(p.metric, { signal: req.signal }) };
});
