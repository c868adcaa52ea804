import { labelName, matchList, optionalRange } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { prometheusFor } from '@/lib/auth/scoped-datasources';

const Params = optionalRange.extend({ 'match[]': matchList });

export const GET = route<{ name: string }>('/api/prometheus/label/[name]/values', async (req, { name }, principal) => {
  const label = labelName.parse(name);
  const p = Params.parse(searchParams(req));
  return { data: (await prometheusFor(principal).labelValues(label, p['match[]'], p.start, p.end, { signal: req.signal })).data };
});
