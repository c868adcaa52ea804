import { route } from '@/lib/api/route';
import { prometheusFor } from '@/lib/auth/scoped-datasources';

export const GET = route('/api/prometheus/buildinfo', async (req, _params, principal) => ({ data: await prometheusFor(principal).buildInfo({ signal: req.signal }) }));
