import { RangeQueryParams, rangeQuery } from '@/lib/api/prometheus-queries';
import { route, searchParams } from '@/lib/api/route';

export const GET = route('/api/prometheus/query_range', async (req, _params, principal) => rangeQuery(principal, RangeQueryParams.parse(searchParams(req)), req.signal));
