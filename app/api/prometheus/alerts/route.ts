import { route } from '@/lib/api/route';
import { prometheusFor } from '@/lib/auth/scoped-datasources';

export const GET = route('/api/prometheus/alerts', async (req, _params, principal) => ({ data: await prometheusFor(principal).alerts({ signal: req.signal }) }));
