import { route } from '@/lib/api/route';
import { prometheusFor } from '@/lib/auth/scoped-datasources';

export const GET = route('/api/prometheus/targets', async (req, _params, principal) => ({ data: await prometheusFor(principal).targets(undefined, { signal: req.signal }) }));
