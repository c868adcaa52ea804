import { InstantQueryParams, instantQuery } from '@/lib/api/prometheus-queries';
import { route, searchParams } from '@/lib/api/route';

export const GET = route('/api/prometheus/query', async (req, _params, principal) => instantQuery(principal, InstantQueryParams.parse(searchParams(req)), req.signal));
