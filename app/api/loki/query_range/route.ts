import { z } from 'zod';
import { NDJSON_TYPE, ndjsonStream } from '@/lib/api/ndjson';
import { toApiLokiResult } from '@/lib/api/results';
import { queryText, timeMs } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { lokiFor } from '@/lib/auth/scoped-datasources';

/** Nanoseconds since the epoch as decimal digits: paging follows the last line's exact timestamp. */
const timeNs = z.string().regex(/^\d{1,19}$/, 'expected epoch nanoseconds');

const Params = z
  .object({
    query: queryText,
    start: timeMs.optional(),
    end: timeMs.optional(),
    startNs: timeNs.optional(),
    endNs: timeNs.optional(),
    limit: z.coerce.number().int().min(1).max(5000, 'limit is at most 5000 lines per request (Loki\'s max_entries_limit default)').default(1000),
    direction: z.enum(['forward', 'backward']).default('backward'),
    step: z.coerce.number().positive().optional(),
  })
  .transform((p, ctx) => {
    const start = p.startNs !== undefined ? BigInt(p.startNs) : p.start !== undefined ? BigInt(p.start) * 1_000_000n : undefined;
    const end = p.endNs !== undefined ? BigInt(p.endNs) : p.end !== undefined ? BigInt(p.end) * 1_000_000n : undefined;
    if (start === undefined || end === undefined) {
      ctx.addIssue({ code: 'custom', path: [start === undefined ? 'start' : 'end'], message: 'expected epoch milliseconds (or startNs/endNs)' });
      return z.NEVER;
    }
    if (end < start) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'end must not be before start' });
      return z.NEVER;
    }
    return { ...p, start, end };
  });

export const GET = route('/api/loki/query_range', async (req, _params, principal) => {
  const p = Params.parse(searchParams(req));
  const r = await lokiFor(principal).queryRange(p.query, p.start, p.end, { limit: p.limit, direction: p.direction, step: p.step, signal: req.signal });
  const result = toApiLokiResult(r);
  // The log explorer asks for NDJSON: 5,000 lines of 12 KB are 60 MB of JSON, too much to parse in one go in the browser.
  if (result.resultType === 'streams' && (req.headers.get('accept') ?? '').includes(NDJSON_TYPE)) {
    const { entries, ...head } = result;
    return new Response(ndjsonStream(head, entries), { headers: { 'Content-Type': NDJSON_TYPE, 'Cache-Control': 'no-store' } });
  }
  return result;
});
