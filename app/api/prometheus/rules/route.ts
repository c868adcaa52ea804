import { route } from '@/lib/api/route';
import { prometheus } from '@/lib/server/datasources';

export const GET = route('/api/prometheus/rules', async (req) => ({ data: await prometheus().rules({ signal: req.signal }) }));
