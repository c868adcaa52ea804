/** klog lines of Kubernetes components (API server, controller-manager, scheduler, etcd, kube-proxy, kube-state-metrics). */
import { kubeSuffix } from '../../cluster/random';
import { templateHash } from '../../cluster/pods';
import { WORKLOADS } from '../../cluster/topology';
import { type Bucket, chance, emit, pick, someNanos, startsHere } from '../bucket';
import { controlPlaneChains } from '../chains';
import { klogTime } from '../time-format';

export type Severity = 'I' | 'W' | 'E';

/** I1121 23:47:29.325036       1 scheduler.go:123] "msg" key="value" */
export function klogLine(sev: Severity, sec: number, nanos: number, source: string, msg: string, thread = 1): string {
  return `${sev}${klogTime(sec, Math.floor(nanos))} ${String(thread).padStart(7, ' ')} ${source}] ${msg}`;
}

const SHOP_PODS = ['cart', 'checkout', 'catalog', 'frontend'];

function podName(app: string, replica: number): string {
  const w = WORKLOADS.find((x) => x.name === app)!;
  const rs = `${app}-${templateHash(w, app === 'cart' ? 2 : 1)}`;
  return `${w.namespace}/${rs}-${kubeSuffix(`${rs}/${replica}`, 5)}`;
}

const URIS = [
  '/api/v1/namespaces/shop/pods?limit=500',
  '/apis/apps/v1/namespaces/shop/deployments/cart',
  '/api/v1/nodes?resourceVersion=0',
  '/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/demo-worker',
  '/api/v1/namespaces/payments/events',
];
const AGENTS = ['kubectl/v1.31.2 (linux/amd64) kubernetes/5864a46', 'kubelet/v1.31.2 (linux/amd64) kubernetes/5864a46', 'lantern/0.1.0'];

function apiserver(b: Bucket, n: number) {
  const { rnd, sec } = b;
  for (let i = 0; i < n; i++) {
    const nanos = someNanos(rnd);
    const verb = pick(rnd, ['GET', 'GET', 'LIST', 'WATCH', 'PUT']);
    const latency = (0.4 + rnd() * 8).toFixed(3);
    emit(b, nanos, klogLine('I', sec, nanos, 'httplog.go:134', `"HTTP" verb="${verb}" URI="${pick(rnd, URIS)}" latency="${latency}ms" userAgent="${pick(rnd, AGENTS)}" audit-ID="${auditID(rnd)}" srcIP="172.18.0.1:${30000 + Math.floor(rnd() * 30000)}" resp=200`));
  }
  for (const c of controlPlaneChains(sec)) {
    const nanos = c.nanos + 900_000;
    const uri = `/apis/apps/v1/namespaces/shop/deployments/${SHOP_PODS[c.kind]}/status`;
    emit(b, nanos, klogLine('I', sec, nanos, 'httplog.go:134', `"HTTP" verb="PUT" URI="${uri}" latency="2.871ms" userAgent="kube-controller-manager/v1.31.2 (linux/amd64) kubernetes/5864a46/system:serviceaccount:kube-system:deployment-controller" reqID="${c.reqID}" srcIP="172.18.0.2:48212" resp=200`));
  }
  if (chance(rnd, 0.01)) {
    const nanos = someNanos(rnd);
    emit(b, nanos, klogLine('W', sec, nanos, 'watcher.go:338', `"Fast watcher, slow processing. Probably caused by slow decoding, user not receiving fast, or other processing logic" numberOfEvents=41`), 'stderr');
  }
}

const auditID = (rnd: () => number) =>
  Array.from({ length: 4 }, () => Math.floor(rnd() * 0xffff).toString(16).padStart(4, '0')).join('') + '-0000-4000-8000-' + Math.floor(rnd() * 2 ** 48).toString(16).padStart(12, '0');

function controllerManager(b: Bucket) {
  const { rnd, sec } = b;
  for (const c of controlPlaneChains(sec)) {
    const app = SHOP_PODS[c.kind];
    emit(b, c.nanos, klogLine('I', sec, c.nanos, 'deployment_controller.go:590', `"Started syncing deployment" logger="deployment-controller" deployment="shop/${app}" reqID="${c.reqID}"`));
  }
  if (chance(rnd, 0.02)) {
    const nanos = someNanos(rnd);
    emit(b, nanos, klogLine('E', sec, nanos, 'replica_set.go:560', `"Unhandled Error" err="sync \\"shop/cart\\" failed with Operation cannot be fulfilled on replicasets.apps \\"cart\\": the object has been modified; please apply your changes to the latest version and try again" logger="UnhandledError"`), 'stderr');
  }
}

function scheduler(b: Bucket) {
  const { rnd, sec } = b;
  if (sec % 300 === 17) {
    const w = WORKLOADS.find((x) => x.name === 'report-builder')!;
    const rs = `${w.name}-${templateHash(w, 1)}`;
    const nanos = someNanos(rnd);
    emit(b, nanos, klogLine('E', sec, nanos, 'schedule_one.go:1055', `"Unable to schedule pod; no fit; waiting" pod="payments/${rs}-${kubeSuffix(`${rs}/0`, 5)}" err="0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient memory."`), 'stderr');
  }
  if (sec % 300 === 1) {
    const nanos = someNanos(rnd);
    emit(b, nanos, klogLine('I', sec, nanos, 'schedule_one.go:314', `"Successfully bound pod to node" pod="shop/cache-warmer-${Math.floor(sec / 60)}" node="demo-worker${sec % 600 < 300 ? '' : '2'}" evaluatedNodes=3 feasibleNodes=2`));
  }
  if (chance(rnd, 0.005)) {
    const nanos = someNanos(rnd);
    emit(b, nanos, klogLine('W', sec, nanos, 'reflector.go:561', `k8s.io/client-go/informers/factory.go:160: watch of *v1.Pod ended with: an error on the server ("unable to decode an event from the watch stream: http2: client connection lost") has prevented the request from succeeding`), 'stderr');
  }
}

function background(b: Bucket, p: number, source: string, msg: () => string) {
  if (!chance(b.rnd, p)) return;
  const nanos = someNanos(b.rnd);
  emit(b, nanos, klogLine('I', b.sec, nanos, source, msg()));
}

export function klog(b: Bucket): void {
  const { pod, sec, rnd } = b;
  if (startsHere(b)) {
    const nanos = someNanos(rnd) / 4;
    emit(b, nanos, klogLine('I', sec, nanos, 'flags.go:64', `FLAG: --v="2"`), 'stderr');
    emit(b, nanos + 1000, klogLine('I', sec, nanos + 1000, 'server.go:156', `"Starting" component="${pod.app}" version="v1.31.2"`), 'stderr');
  }
  switch (pod.app) {
    case 'kube-apiserver':
      return apiserver(b, Math.floor(2 + rnd() * 3));
    case 'kube-controller-manager':
      return controllerManager(b);
    case 'kube-scheduler':
      return scheduler(b);
    case 'etcd':
      return background(b, 0.1, 'etcdserver.go:1451', () => `"apply request took too long" took="${(100 + rnd() * 80).toFixed(3)}ms" expected-duration="100ms" prefix="read-only range " request="key:\\"/registry/pods/shop/\\" range_end:\\"/registry/pods/shop0\\" "`);
    case 'kube-proxy':
      return background(b, 0.03, 'proxier.go:805', () => `"SyncProxyRules complete" elapsed="${(20 + rnd() * 40).toFixed(3)}ms"`);
    default:
      return background(b, 0.05, 'metrics_handler.go:96', () => `"Started metrics server" metricsPath="/metrics" durationSeconds=${(rnd() * 0.2).toFixed(6)}`);
  }
}
