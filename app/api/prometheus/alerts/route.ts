import { route } from '@/lib/api/route';
import { prometheus } from '@/lib/server/datasources';

export const GET = route('/api/prometheus/alerts', async (req) => ({ data: await prometheus().alerts({ signal: req.signal }) }));
