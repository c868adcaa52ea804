import { z } from 'zod';
import { labelName, rangeParams } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { lokiFor } from '@/lib/auth/scoped-datasources';

const Params = rangeParams.and(z.object({ query: z.string().max(64 * 1024).optional() }));

export const GET = route<{ name: string }>('/api/loki/label/[name]/values', async (req, { name }, principal) => {
  const label = labelName.parse(name);
  const p = Params.parse(searchParams(req));
  return { data: await lokiFor(principal).labelValues(label, p.start, p.end, p.query, { signal: req.signal }) };
});
