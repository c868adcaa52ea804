/** Request shapes of /api/dashboards: parsed with zod so a bad field is a 400 naming its path (`model.panels.0.gridPos.w`). */
import { z } from 'zod';
import { dashboardModel } from '@/lib/dashboards/model';

export const dashboardUid = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'expected 1-40 of A-Z a-z 0-9 _ -');
const version = z.coerce.number({ error: 'expected a version number' }).int('expected a version number').min(1).max(2 ** 31 - 1);
const message = z.string().max(1000).optional();

export const uidParams = z.object({ uid: dashboardUid });
export const versionParams = z.object({ uid: dashboardUid, version });

const tagList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));

export const listQuery = z.object({
  search: z.string().max(256).optional(),
  tag: tagList,
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ListQuery = z.infer<typeof listQuery>;

export const createBody = z.object({ model: dashboardModel, uid: dashboardUid.optional(), message });
export const saveBody = z.object({ model: dashboardModel, expectedVersion: version, message });
export const restoreBody = z.object({ version, expectedVersion: version, message });
export const duplicateBody = z.object({ title: z.string().trim().min(1).max(255).optional() });
