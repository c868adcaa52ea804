import { z } from 'zod';
import { queryText } from '@/lib/api/params';
import { route, searchParams } from '@/lib/api/route';
import { tailEventStream } from '@/lib/datasources/loki/tail-relay';
import { assertTailQuery } from '@/lib/logql/tail-query';
import { lokiFor } from '@/lib/auth/scoped-datasources';

export const dynamic = 'force-dynamic';

const Params = z.object({
  query: queryText,
  /** Resume point in ns (the last line the browser has): Loki sends what came since. */
  start: z.string().regex(/^\d{1,19}$/, 'expected epoch nanoseconds').optional(),
  limit: z.coerce.number().int().min(1).max(5000).default(100),
  delayFor: z.coerce.number().int().min(0).max(5).optional(),
});

/** Live tail: Loki's tail WebSocket relayed as Server-Sent Events; the query is checked before anything is opened. */
export const GET = route('/api/loki/tail', async (req, _params, principal) => {
  const p = Params.parse(searchParams(req));
  assertTailQuery(p.query);
  const body = tailEventStream(lokiFor(principal), {
    query: p.query,
    start: p.start !== undefined ? BigInt(p.start) : undefined,
    limit: p.limit,
    delayFor: p.delayFor,
    signal: req.signal,
  });
  return new Response(body, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store, no-transform',
      'X-Accel-Buffering': 'no',
    },
  });
});
