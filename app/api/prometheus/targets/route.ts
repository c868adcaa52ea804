import { route } from '@/lib/api/route';
import { prometheus } from '@/lib/server/datasources';

export const GET = route('/api/prometheus/targets', async (req) => ({ data: await prometheus().targets(undefined, { signal: req.signal }) }));
