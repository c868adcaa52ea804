import { previewImport } from '@/lib/api/dashboards/import-export';
import { MB, mutation, readJson } from '@/lib/api/dashboards/request';

/** A preview only: nothing is saved; the editor POSTs the (possibly edited) model to /api/dashboards. */
export const POST = mutation('/api/dashboards/import', async (req) => ({ data: previewImport(await readJson(req, 5 * MB)) }));
