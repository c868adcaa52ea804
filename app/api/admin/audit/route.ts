import { z } from 'zod';
import { RequestError } from '@/lib/api/errors';
import { route, searchParams } from '@/lib/api/route';
import { hasRole } from '@/lib/auth/principal';
import { createAuditRepository } from '@/lib/db/audit';
import { flushAudit } from '@/lib/server/audit';
import { db } from '@/lib/server/db';

const Params = z.object({
  user: z.string().max(256).optional(),
  datasource: z.enum(['prometheus', 'loki', 'kubernetes']).optional(),
  before: z.iso.datetime({ offset: true, error: 'expected an ISO 8601 time' }).transform((s) => new Date(s)).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
});

/** The audit log, newest first: who read what from which datasource. Admins only. */
export const GET = route('/api/admin/audit', async (req, _params, principal) => {
  if (!hasRole(principal, 'admin')) throw new RequestError(403, 'forbidden', 'the audit log is for admins');
  const p = Params.parse(searchParams(req));
  await flushAudit();
  const items = await createAuditRepository(await db()).list(p);
  return { items: items.map((e) => ({ ...e, at: e.at.toISOString() })) };
});
