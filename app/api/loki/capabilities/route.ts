import { route } from '@/lib/api/route';
import { lokiFor } from '@/lib/auth/scoped-datasources';

/** Which Loki 3.x features this Loki has (volume, detected fields, patterns), so the UI offers only those. */
export const GET = route('/api/loki/capabilities', async (req, _params, principal) => ({ data: await lokiFor(principal).capabilities({ signal: req.signal }) }));
