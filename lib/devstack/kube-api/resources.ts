/** The resources the demo API serves, with what discovery and field selectors need to know about each. */
import type { Kind } from '../cluster/cluster';
import type { KubeObject } from '../cluster/objects';

type FieldGetter = (o: KubeObject) => string | undefined;

export interface ResourceInfo {
  kind: Kind;
  plural: string;
  singular: string;
  group: '' | 'apps' | 'batch';
  version: 'v1';
  namespaced: boolean;
  shortNames?: string[];
  /** Field selector labels the real server accepts for this resource. */
  fields: Record<string, FieldGetter>;
}

const get = (o: unknown, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[k] : undefined), o);
const str = (path: string): FieldGetter => (o) => {
  const v = get(o, path);
  return v === undefined || v === null ? '' : String(v);
};

const meta = { 'metadata.name': str('metadata.name'), 'metadata.namespace': str('metadata.namespace') };

export const RESOURCES: ResourceInfo[] = [
  { kind: 'Namespace', plural: 'namespaces', singular: 'namespace', group: '', version: 'v1', namespaced: false, shortNames: ['ns'], fields: { 'metadata.name': str('metadata.name'), 'status.phase': str('status.phase') } },
  { kind: 'Node', plural: 'nodes', singular: 'node', group: '', version: 'v1', namespaced: false, shortNames: ['no'], fields: { 'metadata.name': str('metadata.name'), 'spec.unschedulable': (o) => String(get(o, 'spec.unschedulable') ?? false) } },
  {
    kind: 'Pod',
    plural: 'pods',
    singular: 'pod',
    group: '',
    version: 'v1',
    namespaced: true,
    shortNames: ['po'],
    fields: {
      ...meta,
      'spec.nodeName': str('spec.nodeName'),
      'spec.restartPolicy': str('spec.restartPolicy'),
      'spec.schedulerName': str('spec.schedulerName'),
      'spec.serviceAccountName': str('spec.serviceAccountName'),
      'spec.hostNetwork': (o) => String(get(o, 'spec.hostNetwork') ?? false),
      'status.phase': str('status.phase'),
      'status.podIP': str('status.podIP'),
      'status.nominatedNodeName': str('status.nominatedNodeName'),
    },
  },
  {
    kind: 'Event',
    plural: 'events',
    singular: 'event',
    group: '',
    version: 'v1',
    namespaced: true,
    shortNames: ['ev'],
    fields: {
      ...meta,
      'involvedObject.kind': str('involvedObject.kind'),
      'involvedObject.namespace': str('involvedObject.namespace'),
      'involvedObject.name': str('involvedObject.name'),
      'involvedObject.uid': str('involvedObject.uid'),
      'involvedObject.apiVersion': str('involvedObject.apiVersion'),
      'involvedObject.resourceVersion': str('involvedObject.resourceVersion'),
      'involvedObject.fieldPath': str('involvedObject.fieldPath'),
      reason: str('reason'),
      reportingComponent: str('reportingComponent'),
      source: str('source.component'),
      type: str('type'),
    },
  },
  { kind: 'Deployment', plural: 'deployments', singular: 'deployment', group: 'apps', version: 'v1', namespaced: true, shortNames: ['deploy'], fields: meta },
  { kind: 'ReplicaSet', plural: 'replicasets', singular: 'replicaset', group: 'apps', version: 'v1', namespaced: true, shortNames: ['rs'], fields: { ...meta, 'status.replicas': str('status.replicas') } },
  { kind: 'StatefulSet', plural: 'statefulsets', singular: 'statefulset', group: 'apps', version: 'v1', namespaced: true, shortNames: ['sts'], fields: meta },
  { kind: 'DaemonSet', plural: 'daemonsets', singular: 'daemonset', group: 'apps', version: 'v1', namespaced: true, shortNames: ['ds'], fields: meta },
  { kind: 'Job', plural: 'jobs', singular: 'job', group: 'batch', version: 'v1', namespaced: true, fields: { ...meta, 'status.successful': (o) => String(get(o, 'status.succeeded') ?? 0) } },
];

export function findResource(group: string, plural: string): ResourceInfo | undefined {
  return RESOURCES.find((r) => r.group === group && r.plural === plural);
}

export const VERSION_INFO = {
  major: '1',
  minor: '31',
  gitVersion: 'v1.31.2',
  gitCommit: '5864a4677267e6adeae276ad85882a8714d69d9d',
  gitTreeState: 'clean',
  buildDate: '2024-10-22T20:28:14Z',
  goVersion: 'go1.22.8',
  compiler: 'gc',
  platform: 'linux/amd64',
};

function resourceList(group: string): unknown {
  const groupVersion = group ? `${group}/v1` : 'v1';
  const resources = RESOURCES.filter((r) => r.group === group).flatMap((r) => {
    const main = {
      name: r.plural,
      singularName: r.singular,
      namespaced: r.namespaced,
      kind: r.kind,
      verbs: ['get', 'list', 'watch'],
      ...(r.shortNames ? { shortNames: r.shortNames } : {}),
      ...(r.kind === 'Pod' || r.group ? { categories: ['all'] } : {}),
    };
    const log = r.kind === 'Pod' ? [{ name: 'pods/log', singularName: '', namespaced: true, kind: 'Pod', verbs: ['get'] }] : [];
    return [main, ...log];
  });
  return { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources };
}

const apiGroup = (name: string) => ({
  name,
  versions: [{ groupVersion: `${name}/v1`, version: 'v1' }],
  preferredVersion: { groupVersion: `${name}/v1`, version: 'v1' },
});

/** Discovery documents by path. */
export function discovery(path: string, serverAddress: string): unknown | undefined {
  switch (path) {
    case '/version':
      return VERSION_INFO;
    case '/api':
      return { kind: 'APIVersions', versions: ['v1'], serverAddressByClientCIDRs: [{ clientCIDR: '0.0.0.0/0', serverAddress }] };
    case '/apis':
      return { kind: 'APIGroupList', apiVersion: 'v1', groups: [apiGroup('apps'), apiGroup('batch')] };
    case '/apis/apps':
      return { kind: 'APIGroup', apiVersion: 'v1', ...apiGroup('apps') };
    case '/apis/batch':
      return { kind: 'APIGroup', apiVersion: 'v1', ...apiGroup('batch') };
    case '/api/v1':
      return resourceList('');
    case '/apis/apps/v1':
      return resourceList('apps');
    case '/apis/batch/v1':
      return resourceList('batch');
    default:
      return undefined;
  }
}
