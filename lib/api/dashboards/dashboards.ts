import 'server-only';
/**
 * Dashboards as the API serves them: the read-only built-ins (lib/dashboards/builtin) in front of the saved
 * ones (lib/db/dashboards). Title and tags are always taken from the validated model, so the columns the
 * repository searches never disagree with the document.
 */
import { BUILTIN_DASHBOARDS, builtinDashboard, type BuiltinDashboard } from '@/lib/dashboards/builtin';
import type { DashboardModel } from '@/lib/dashboards/model';
import type { Dashboard, DashboardModel as StoredModel, DashboardVersionDetail } from '@/lib/db/dashboards';
import { AlreadyExistsError, InvalidInputError, NotFoundError } from '@/lib/db/errors';
import { searchKey, textSearch } from '@/lib/db/search-key';
import { dashboards } from '@/lib/server/db';
import { RequestError } from '../errors';
import type { ListQuery } from './schemas';

export interface DashboardSummaryDto {
  uid: string;
  title: string;
  tags: string[];
  /** 0 for built-ins: they have no saved history. */
  version: number;
  readOnly: boolean;
  /** null for built-ins. */
  updatedAt: Date | null;
}

export interface DashboardDto extends DashboardSummaryDto {
  model: DashboardModel;
}

const BUILTIN_TAG = 'built-in';
const RESERVED_UIDS = ['import'];

/** Built-ins first (filtered the same way), then saved dashboards by title; `offset`/`limit` page the whole list. */
export async function listDashboards(q: ListQuery): Promise<DashboardSummaryDto[]> {
  const search = textSearch(q.search);
  const tags = (q.tag ?? []).map((t) => t.trim()).filter((t) => t !== '');
  const builtins = BUILTIN_DASHBOARDS.filter(
    (b) => (!search || search.matches(searchKey(b.model.title))) && tags.every((t) => b.model.tags.includes(t)),
  ).map(builtinDto);
  const page = builtins.slice(q.offset, q.offset + q.limit).map(summary);
  const take = q.limit - page.length;
  if (take === 0) return page;
  const saved = await (await dashboards()).list({ search: q.search, tags, limit: take, offset: Math.max(0, q.offset - builtins.length) });
  return [...page, ...saved.map((d) => ({ uid: d.uid, title: d.title, tags: d.tags, version: d.version, readOnly: false, updatedAt: d.updatedAt }))];
}

/** @throws NotFoundError */
export async function getDashboard(uid: string): Promise<DashboardDto> {
  const b = builtinDashboard(uid);
  if (b) return builtinDto(b);
  const d = await (await dashboards()).get(uid);
  if (!d) throw new NotFoundError('dashboard', uid);
  return savedDto(d);
}

/** @throws AlreadyExistsError (also for a built-in's uid) */
export async function createDashboard(input: { model: DashboardModel; uid?: string; message?: string }): Promise<DashboardDto> {
  if (input.uid && builtinDashboard(input.uid)) throw new AlreadyExistsError('dashboard', input.uid);
  // /api/dashboards/import is a route of its own: a dashboard with that uid could never be read back.
  if (input.uid && RESERVED_UIDS.includes(input.uid)) throw new InvalidInputError('uid', `${input.uid} is reserved`);
  const { model } = input;
  const d = await (await dashboards()).create({ uid: input.uid, title: model.title, tags: model.tags, model: stored(model), message: input.message });
  return savedDto(d);
}

/** @throws RequestError 403 for built-ins; ConflictError (nothing written) when `expectedVersion` is stale; NotFoundError */
export async function saveDashboard(uid: string, input: { model: DashboardModel; expectedVersion: number; message?: string }): Promise<DashboardDto> {
  refuseBuiltin(uid, 'saved');
  const { model } = input;
  const d = await (await dashboards()).save(uid, {
    expectedVersion: input.expectedVersion,
    title: model.title,
    tags: model.tags,
    model: stored(model),
    message: input.message,
  });
  return savedDto(d);
}

/** @throws RequestError 403 for built-ins; NotFoundError */
export async function deleteDashboard(uid: string): Promise<void> {
  refuseBuiltin(uid, 'deleted');
  if (!(await (await dashboards()).delete(uid))) throw new NotFoundError('dashboard', uid);
}

/** Newest first; built-ins have no history (an empty list). @throws NotFoundError */
export async function listVersions(uid: string) {
  if (builtinDashboard(uid)) return [];
  return (await dashboards()).listVersions(uid);
}

/** @throws NotFoundError */
export async function getVersion(uid: string, version: number): Promise<Omit<DashboardVersionDetail, 'model'> & { model: DashboardModel }> {
  const v = builtinDashboard(uid) ? null : await (await dashboards()).getVersion(uid, version);
  if (!v) throw new NotFoundError('dashboardVersion', `${uid} version ${version}`);
  return { ...v, model: v.model as unknown as DashboardModel };
}

/** Saves an old version's model as a new version. @throws RequestError 403; ConflictError; NotFoundError */
export async function restoreVersion(uid: string, input: { version: number; expectedVersion: number; message?: string }): Promise<DashboardDto> {
  refuseBuiltin(uid, 'restored');
  const d = await (await dashboards()).restore(uid, input.version, { expectedVersion: input.expectedVersion, message: input.message });
  return savedDto(d);
}

/**
 * "Save as copy": a new dashboard (version 1) with the model of `uid`, built-in or saved. A built-in's copy
 * loses the `built-in` tag, since it is the user's to edit. @throws NotFoundError
 */
export async function duplicateDashboard(uid: string, options: { title?: string }): Promise<DashboardDto> {
  const source = await getDashboard(uid);
  const title = options.title ?? `${source.title} (copy)`;
  const tags = source.readOnly ? source.tags.filter((t) => t !== BUILTIN_TAG) : source.tags;
  const model: DashboardModel = { ...source.model, title, tags };
  const message = source.readOnly ? `Copied from built-in dashboard ${uid}` : `Copied from ${uid} version ${source.version}`;
  const d = await (await dashboards()).create({ title, tags, model: stored(model), message });
  return savedDto(d);
}

/** Handlers call this before reading the body, so a built-in's editor gets the "save as copy" answer first. @throws RequestError 403 */
export function refuseBuiltin(uid: string, verb: 'saved' | 'deleted' | 'restored'): void {
  if (builtinDashboard(uid)) {
    throw new RequestError(403, 'read_only', `The built-in dashboard ${uid} is read-only and cannot be ${verb}; save it as a copy to edit it`);
  }
}

function builtinDto(b: BuiltinDashboard): DashboardDto {
  return { uid: b.uid, title: b.model.title, tags: [...b.model.tags].sort(), version: 0, readOnly: true, updatedAt: null, model: b.model };
}

function savedDto(d: Dashboard): DashboardDto {
  // Every stored model was validated with `dashboardModel` on the way in.
  return { uid: d.uid, title: d.title, tags: d.tags, version: d.version, readOnly: false, updatedAt: d.updatedAt, model: d.model as unknown as DashboardModel };
}

const summary = ({ model: _, ...s }: DashboardDto): DashboardSummaryDto => s;

// The model is plain JSON after zod parsing; the repository's JSON type cannot express optional keys.
const stored = (model: DashboardModel) => model as unknown as StoredModel;
