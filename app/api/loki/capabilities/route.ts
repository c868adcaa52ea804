import { route } from '@/lib/api/route';
import { loki } from '@/lib/server/datasources';

/** Which Loki 3.x features this Loki has (volume, detected fields, patterns), so the UI offers only those. */
export const GET = route('/api/loki/capabilities', async (req) => ({ data: await loki().capabilities({ signal: req.signal }) }));
