import 'server-only';
/**
 * Dashboards with version history and optimistic concurrency: every save names the version it started from,
 * and bumps the version only if that is still the stored one (a conditional UPDATE, atomic on both providers).
 */
import { randomBytes } from 'node:crypto';
import type { Prisma } from '@/lib/generated/sqlite/client';
import type { Db } from './client';
import type {
  CreateDashboardInput,
  Dashboard,
  DashboardModel,
  DashboardSummary,
  DashboardVersionDetail,
  DashboardVersionSummary,
  ListDashboardsQuery,
  SaveDashboardInput,
} from './dashboard-types';
import { AlreadyExistsError, ConflictError, InvalidInputError, isUniqueViolation, NotFoundError } from './errors';
import { pagedTextSearch, searchKey, textSearch } from './search-key';

export type * from './dashboard-types';

type Tx = Parameters<Parameters<Db['$transaction']>[0]>[0];
// Our JsonValue is Prisma's InputJsonValue less its readonly variants; the cast only bridges the two spellings.
const json = (value: DashboardModel | string[]) => value as Prisma.InputJsonValue;

const UID = /^[A-Za-z0-9_-]{1,40}$/;
const MAX_LIST = 500;
const withTags = { tags: { select: { tag: true } } } as const;

export interface DashboardRepository {
  create(input: CreateDashboardInput): Promise<Dashboard>;
  get(uid: string): Promise<Dashboard | null>;
  list(query?: ListDashboardsQuery): Promise<DashboardSummary[]>;
  /** @throws ConflictError when `expectedVersion` is not the stored version; NotFoundError */
  save(uid: string, input: SaveDashboardInput): Promise<Dashboard>;
  /** Newest first. @throws NotFoundError */
  listVersions(uid: string): Promise<DashboardVersionSummary[]>;
  getVersion(uid: string, version: number): Promise<DashboardVersionDetail | null>;
  /** Saves version `version`'s title, tags and model as a new version. @throws ConflictError, NotFoundError */
  restore(uid: string, version: number, options?: { expectedVersion?: number; message?: string }): Promise<Dashboard>;
  /** A new dashboard (version 1, fresh history) with the same model and tags. @throws NotFoundError */
  duplicate(uid: string, options?: { uid?: string; title?: string }): Promise<Dashboard>;
  /** @returns false when there was nothing to delete */
  delete(uid: string): Promise<boolean>;
  /** Every tag in use with its dashboard count, by name. */
  listTags(): Promise<{ tag: string; count: number }[]>;
}

export function createDashboardRepository(db: Db): DashboardRepository {
  async function insert(tx: Tx, input: CreateDashboardInput): Promise<Dashboard> {
    const uid = input.uid ?? newUid();
    if (!UID.test(uid)) throw new InvalidInputError('uid', 'expected 1-40 of A-Z a-z 0-9 _ -');
    const title = cleanTitle(input.title);
    const tags = cleanTags(input.tags ?? []);
    const row = await tx.dashboard.create({
      data: { uid, title, titleKey: searchKey(title), model: json(input.model), version: 1, tags: { create: tags.map((tag) => ({ tag })) } },
      include: withTags,
    });
    await tx.dashboardVersion.create({
      data: { dashboardId: row.id, version: 1, title, tags: json(tags), model: json(input.model), message: input.message ?? null },
    });
    return toDashboard(row);
  }

  async function update(tx: Tx, uid: string, input: SaveDashboardInput): Promise<Dashboard> {
    const title = input.title === undefined ? undefined : cleanTitle(input.title);
    const tags = input.tags === undefined ? undefined : cleanTags(input.tags);
    const { count } = await tx.dashboard.updateMany({
      where: { uid, version: input.expectedVersion },
      data: {
        version: { increment: 1 },
        ...(title !== undefined && { title, titleKey: searchKey(title) }),
        ...(input.model !== undefined && { model: json(input.model) }),
      },
    });
    if (count === 0) {
      const current = await tx.dashboard.findUnique({ where: { uid }, select: { version: true } });
      if (!current) throw new NotFoundError('dashboard', uid);
      throw new ConflictError(uid, current.version, input.expectedVersion);
    }
    const { id } = await tx.dashboard.findUniqueOrThrow({ where: { uid }, select: { id: true } });
    if (tags !== undefined) {
      await tx.dashboardTag.deleteMany({ where: { dashboardId: id } });
      await tx.dashboardTag.createMany({ data: tags.map((tag) => ({ dashboardId: id, tag })) });
    }
    const row = await tx.dashboard.findUniqueOrThrow({ where: { id }, include: withTags });
    const saved = toDashboard(row);
    await tx.dashboardVersion.create({
      data: { dashboardId: id, version: saved.version, title: saved.title, tags: json(saved.tags), model: json(saved.model), message: input.message ?? null },
    });
    return saved;
  }

  const repo: DashboardRepository = {
    async create(input) {
      try {
        return await db.$transaction((tx) => insert(tx, input));
      } catch (e) {
        if (isUniqueViolation(e)) throw new AlreadyExistsError('dashboard', input.uid ?? '');
        throw e;
      }
    },

    async get(uid) {
      const row = await db.dashboard.findUnique({ where: { uid }, include: withTags });
      return row ? toDashboard(row) : null;
    },

    async list(query = {}) {
      const page = { take: Math.min(Math.max(query.limit ?? 100, 1), MAX_LIST), skip: Math.max(query.offset ?? 0, 0) };
      const tags = cleanTags(query.tags ?? []);
      const rows = await pagedTextSearch(
        textSearch(query.search),
        page,
        (pieces, dbPage) =>
          db.dashboard.findMany({
            where: { AND: [...pieces.map((p) => ({ titleKey: { contains: p } })), ...tags.map((tag) => ({ tags: { some: { tag } } }))] },
            select: { id: true, uid: true, title: true, titleKey: true, version: true, createdAt: true, updatedAt: true, ...withTags },
            orderBy: [{ titleKey: 'asc' }, { uid: 'asc' }],
            ...dbPage,
          }),
        (r) => r.titleKey,
      );
      return rows.map(({ titleKey: _, ...r }) => ({ ...r, tags: sortedTags(r.tags) }));
    },

    save(uid, input) {
      return db.$transaction((tx) => update(tx, uid, input));
    },

    async listVersions(uid) {
      const row = await db.dashboard.findUnique({
        where: { uid },
        select: { versions: { orderBy: { version: 'desc' }, select: { version: true, title: true, tags: true, message: true, createdAt: true } } },
      });
      if (!row) throw new NotFoundError('dashboard', uid);
      return row.versions.map((v) => ({ ...v, tags: v.tags as string[] }));
    },

    async getVersion(uid, version) {
      const v = await db.dashboardVersion.findFirst({ where: { version, dashboard: { uid } } });
      return v ? { version: v.version, title: v.title, tags: v.tags as string[], message: v.message, createdAt: v.createdAt, model: v.model as DashboardModel } : null;
    },

    restore(uid, version, options = {}) {
      return db.$transaction(async (tx) => {
        const current = await tx.dashboard.findUnique({ where: { uid }, select: { id: true, version: true } });
        if (!current) throw new NotFoundError('dashboard', uid);
        const v = await tx.dashboardVersion.findUnique({ where: { dashboardId_version: { dashboardId: current.id, version } } });
        if (!v) throw new NotFoundError('dashboardVersion', `${uid}@${version}`);
        return update(tx, uid, {
          expectedVersion: options.expectedVersion ?? current.version,
          title: v.title,
          tags: v.tags as string[],
          model: v.model as DashboardModel,
          message: options.message ?? `Restored from version ${version}`,
        });
      });
    },

    async duplicate(uid, options = {}) {
      const source = await repo.get(uid);
      if (!source) throw new NotFoundError('dashboard', uid);
      return repo.create({
        uid: options.uid,
        title: options.title ?? `${source.title} (copy)`,
        tags: source.tags,
        model: source.model,
        message: `Duplicated from ${uid} version ${source.version}`,
      });
    },

    async delete(uid) {
      const { count } = await db.dashboard.deleteMany({ where: { uid } });
      return count > 0;
    },

    async listTags() {
      const groups = await db.dashboardTag.groupBy({ by: ['tag'], _count: { tag: true }, orderBy: { tag: 'asc' } });
      return groups.map((g) => ({ tag: g.tag, count: g._count.tag }));
    },
  };
  return repo;
}

function toDashboard(row: { id: string; uid: string; title: string; model: unknown; version: number; createdAt: Date; updatedAt: Date; tags: { tag: string }[] }): Dashboard {
  return { id: row.id, uid: row.uid, title: row.title, tags: sortedTags(row.tags), model: row.model as DashboardModel, version: row.version, createdAt: row.createdAt, updatedAt: row.updatedAt };
}

function sortedTags(tags: { tag: string }[]): string[] {
  return tags.map((t) => t.tag).sort();
}

function cleanTitle(title: string): string {
  const t = title.trim();
  if (t === '' || t.length > 255) throw new InvalidInputError('title', 'expected 1-255 characters');
  return t;
}

function cleanTags(tags: string[]): string[] {
  const clean = [...new Set(tags.map((t) => t.trim()).filter((t) => t !== ''))].sort();
  if (clean.some((t) => t.length > 100)) throw new InvalidInputError('tags', 'a tag has more than 100 characters');
  return clean;
}

function newUid(): string {
  return randomBytes(9).toString('base64url'); // 12 characters of [A-Za-z0-9_-]
}
