import { route } from '@/lib/api/route';
import { prometheus } from '@/lib/server/datasources';

export const GET = route('/api/prometheus/buildinfo', async (req) => ({ data: await prometheus().buildInfo({ signal: req.signal }) }));
