import { z } from 'zod';
import { queryText, timeMs } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { prometheus } from '@/lib/server/datasources';

const Params = z.object({ query: queryText, time: timeMs.optional() });

export const GET = route('/api/prometheus/query', async (req) => {
  const p = Params.parse(searchParams(req));
  const r = await prometheus().query(p.query, p.time, { signal: req.signal });
  const d = r.data;
  const warnings = r.warnings.length ? { warnings: r.warnings } : {};
  switch (d.resultType) {
    case 'vector':
      return { resultType: d.resultType, samples: d.samples, ...warnings };
    case 'matrix':
      return { resultType: d.resultType, series: d.series, ...warnings };
    case 'scalar':
      return { resultType: d.resultType, scalar: [d.scalar.tsMs, d.scalar.value], ...warnings };
    case 'string':
      return { resultType: d.resultType, string: [d.string.tsMs, d.string.value], ...warnings };
  }
});
