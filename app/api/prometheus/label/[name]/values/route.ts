import { labelName, matchList, optionalRange } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { prometheus } from '@/lib/server/datasources';

const Params = optionalRange.extend({ 'match[]': matchList });

export const GET = route<{ name: string }>('/api/prometheus/label/[name]/values', async (req, { name }) => {
  const label = labelName.parse(name);
  const p = Params.parse(searchParams(req));
  return { data: (await prometheus().labelValues(label, p['match[]'], p.start, p.end, { signal: req.signal })).data };
});
