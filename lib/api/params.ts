import { z } from 'zod';

/** Query parameters shared by the API routes. Times are epoch milliseconds. */

export const timeMs = z.coerce
  .number({ error: 'expected epoch milliseconds' })
  .int('expected epoch milliseconds')
  .min(0)
  .max(8.64e15);

export const queryText = z.string({ error: 'query is required' }).min(1, 'query is required').max(64 * 1024, 'query is longer than 64 KiB');

export const rangeParams = z
  .object({ start: timeMs, end: timeMs })
  .refine((r) => r.end >= r.start, { message: 'end must not be before start', path: ['end'] });

export const optionalRange = z.object({ start: timeMs.optional(), end: timeMs.optional() });

/** A label name as the grammars allow it; anything else (slashes, dots, encoded traversal) is refused. */
export const labelName = z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_.]*$/, 'expected a label name such as namespace');

export const matchList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));
