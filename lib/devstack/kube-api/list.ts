/** Lists with selectors and limit/continue paging, in etcd key order (namespace/name). */
import type { DemoCluster } from '../cluster/cluster';
import type { KubeObject } from '../cluster/objects';
import { type FieldRequirement, matchesFields } from './field-selector';
import { matchesLabels, type Requirement } from './label-selector';
import type { ResourceInfo } from './resources';
import { badRequest, expiredContinue } from './status';

export interface Filter {
  namespace?: string;
  labels: Requirement[];
  fields: FieldRequirement[];
}

export const objectKey = (o: KubeObject) => `${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;

export function matches(resource: ResourceInfo, filter: Filter, o: KubeObject): boolean {
  if (filter.namespace !== undefined && o.metadata.namespace !== filter.namespace) return false;
  return matchesLabels(filter.labels, o.metadata.labels) && matchesFields(filter.fields, resource, o);
}

interface ContinueToken {
  v: 'meta.k8s.io/v1';
  rv: number;
  start: string;
}

/** The same shape as apimachinery's token: base64url(JSON{v, rv, start}) with start = last key + "\0". */
export function encodeContinue(rv: number, lastKey: string): string {
  const token: ContinueToken = { v: 'meta.k8s.io/v1', rv, start: `${lastKey}\u0000` };
  return Buffer.from(JSON.stringify(token)).toString('base64url');
}

function decodeContinue(token: string): ContinueToken {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+={0,2}$/.test(token)) throw new Error('illegal base64 data at input byte 0');
    parsed = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch (e) {
    throw badRequest(`continue key is not valid: ${e instanceof SyntaxError ? 'invalid character in encoded key' : (e as Error).message}`);
  }
  const t = parsed as Partial<ContinueToken>;
  if (t?.v !== 'meta.k8s.io/v1' || typeof t.rv !== 'number' || typeof t.start !== 'string') {
    throw badRequest('continue key is not valid: server does not recognize this encoded key');
  }
  return t as ContinueToken;
}

/** A list item as the API server writes it: without kind and apiVersion (the list carries them). */
export function listItem(o: KubeObject): Omit<KubeObject, 'kind' | 'apiVersion'> {
  const { kind: _kind, apiVersion: _apiVersion, ...rest } = o;
  return rest;
}

export function listObjects(cluster: DemoCluster, resource: ResourceInfo, filter: Filter, limit: number | undefined, token: string | undefined) {
  const { items, resourceVersion } = cluster.list(resource.kind);
  let rv = Number(resourceVersion);
  let start = '';
  if (token) {
    const t = decodeContinue(token);
    // Pages after the first are served from the current store; a token older than the kept history is expired, as after an etcd compaction.
    if (cluster.changesSince(t.rv) === null) throw expiredContinue();
    rv = t.rv;
    start = t.start;
  }
  const sorted = items
    .map((o) => ({ key: objectKey(o), o }))
    .filter((e) => e.key >= start)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const selected = sorted.filter((e) => matches(resource, filter, e.o));
  const page = limit && limit > 0 ? selected.slice(0, limit) : selected;
  const more = page.length < selected.length;
  const unfiltered = !filter.labels.length && !filter.fields.length;
  return {
    kind: `${resource.kind}List`,
    apiVersion: resource.group ? `${resource.group}/${resource.version}` : resource.version,
    metadata: {
      resourceVersion: String(rv),
      ...(more ? { continue: encodeContinue(rv, page[page.length - 1].key) } : {}),
      ...(more && unfiltered ? { remainingItemCount: selected.length - page.length } : {}),
    },
    items: page.map((e) => listItem(e.o)),
  };
}
