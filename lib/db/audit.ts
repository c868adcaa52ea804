import 'server-only';
/** The audit log: who read what from which datasource. Append-only, listed newest first, pruned by age. */
import type { Db } from './client';

export interface AuditEventInput {
  at: Date;
  user: string;
  via: string;
  datasource: string;
  route: string;
  detail: string;
  status: number;
  durationMs: number;
}

export interface AuditEvent extends AuditEventInput {
  id: string;
}

export interface ListAuditQuery {
  user?: string;
  datasource?: string;
  /** Only events before this instant (paging: pass the last event's `at`). */
  before?: Date;
  limit?: number;
}

export interface AuditRepository {
  record(events: readonly AuditEventInput[]): Promise<void>;
  list(query?: ListAuditQuery): Promise<AuditEvent[]>;
  /** Deletes events older than `before`. @returns how many */
  prune(before: Date): Promise<number>;
}

const MAX_LIST = 1000;
export const MAX_DETAIL = 8 * 1024;

export function createAuditRepository(db: Db): AuditRepository {
  return {
    async record(events) {
      if (events.length === 0) return;
      await db.auditEvent.createMany({ data: events.map((e) => ({ ...e, detail: e.detail.slice(0, MAX_DETAIL) })) });
    },
    async list({ user, datasource, before, limit = 200 } = {}) {
      return db.auditEvent.findMany({
        where: { ...(user ? { user } : {}), ...(datasource ? { datasource } : {}), ...(before ? { at: { lt: before } } : {}) },
        orderBy: [{ at: 'desc' }, { id: 'desc' }],
        take: Math.min(Math.max(1, limit), MAX_LIST),
      });
    },
    async prune(before) {
      return (await db.auditEvent.deleteMany({ where: { at: { lt: before } } })).count;
    },
  };
}
