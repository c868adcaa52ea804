/**
 * What the demo cluster contains, declared once. cluster.ts turns this into Kubernetes objects;
 * the metrics exporter and the log generator read the same declaration, so names agree everywhere.
 */

export type LogFormat =
  | 'json' // structured app logs with level and reqID
  | 'logfmt'
  | 'nginx' // combined access log
  | 'klog' // Kubernetes component logs
  | 'redis'
  | 'go-panic' // crash-looping Go worker: panics with multi-line goroutine dumps
  | 'java-ansi' // JVM service with ANSI-coloured levels and stack traces
  | 'exporter';

/** How a pod behaves over time. */
export type Behaviour =
  | { kind: 'healthy' }
  | { kind: 'crashloop'; periodSeconds: number; exitCode: number; message: string }
  | { kind: 'oom'; periodSeconds: number; memoryLimitBytes: number }
  | { kind: 'pending'; reason: string }
  | { kind: 'completed' };

export interface ContainerSpec {
  name: string;
  image: string;
  logFormat: LogFormat;
  cpuRequestMillis: number;
  cpuLimitMillis?: number;
  memoryRequestBytes: number;
  memoryLimitBytes?: number;
  /** Typical CPU use in cores and memory working set in bytes. */
  cpuCores: number;
  memoryBytes: number;
  port?: number;
  probes?: boolean;
}

export interface WorkloadSpec {
  kind: 'Deployment' | 'StatefulSet' | 'DaemonSet' | 'Job' | 'Static';
  namespace: string;
  name: string;
  replicas: number;
  containers: ContainerSpec[];
  initContainers?: ContainerSpec[];
  /** Behaviour per replica index; missing entries are healthy. */
  behaviours?: Record<number, Behaviour>;
  /** Requests per second served by each replica (0 for no HTTP traffic). */
  requestsPerSecond: number;
  /** Replica index → node index; default spreads over workers. */
  nodeFor?: (replica: number) => number;
  tier?: string;
}

export interface NodeSpec {
  name: string;
  role: 'control-plane' | 'worker';
  cpuCores: number;
  memoryBytes: number;
  ip: string;
  zone: string;
}

const Mi = 1024 * 1024;
const Gi = 1024 * Mi;

export const NODES: NodeSpec[] = [
  { name: 'demo-control-plane', role: 'control-plane', cpuCores: 4, memoryBytes: 8 * Gi, ip: '172.18.0.2', zone: 'zone-a' },
  { name: 'demo-worker', role: 'worker', cpuCores: 8, memoryBytes: 16 * Gi, ip: '172.18.0.3', zone: 'zone-a' },
  { name: 'demo-worker2', role: 'worker', cpuCores: 8, memoryBytes: 16 * Gi, ip: '172.18.0.4', zone: 'zone-b' },
];

export const NAMESPACES = ['default', 'kube-system', 'monitoring', 'shop', 'payments'];

function c(
  name: string,
  image: string,
  logFormat: LogFormat,
  cpuRequestMillis: number,
  memoryRequestMi: number,
  cpuCores: number,
  memoryMi: number,
  extra: Partial<ContainerSpec> = {},
): ContainerSpec {
  return {
    name,
    image,
    logFormat,
    cpuRequestMillis,
    memoryRequestBytes: memoryRequestMi * Mi,
    cpuCores,
    memoryBytes: memoryMi * Mi,
    ...extra,
  };
}

const controlPlane = () => 0;
const everyNode = (replica: number) => replica;

export const WORKLOADS: WorkloadSpec[] = [
  // kube-system
  ...['etcd', 'kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].map(
    (name): WorkloadSpec => ({
      kind: 'Static',
      namespace: 'kube-system',
      name,
      replicas: 1,
      containers: [c(name, `registry.k8s.io/${name}:v1.31.2`, 'klog', 100, 100, 0.12, name === 'kube-apiserver' ? 620 : 90)],
      requestsPerSecond: 0,
      nodeFor: controlPlane,
      tier: 'control-plane',
    }),
  ),
  {
    kind: 'Deployment',
    namespace: 'kube-system',
    name: 'coredns',
    replicas: 2,
    containers: [
      c('coredns', 'registry.k8s.io/coredns/coredns:v1.11.3', 'logfmt', 100, 70, 0.01, 22, {
        memoryLimitBytes: 170 * Mi,
        port: 53,
        probes: true,
      }),
    ],
    requestsPerSecond: 0,
    nodeFor: controlPlane,
  },
  {
    kind: 'DaemonSet',
    namespace: 'kube-system',
    name: 'kube-proxy',
    replicas: NODES.length,
    containers: [c('kube-proxy', 'registry.k8s.io/kube-proxy:v1.31.2', 'klog', 0, 0, 0.004, 18)],
    requestsPerSecond: 0,
    nodeFor: everyNode,
  },
  // monitoring
  {
    kind: 'DaemonSet',
    namespace: 'monitoring',
    name: 'node-exporter',
    replicas: NODES.length,
    containers: [
      c('node-exporter', 'quay.io/prometheus/node-exporter:v1.8.2', 'exporter', 50, 30, 0.006, 19, {
        cpuLimitMillis: 250,
        memoryLimitBytes: 180 * Mi,
        port: 9100,
      }),
    ],
    requestsPerSecond: 0,
    nodeFor: everyNode,
  },
  {
    kind: 'Deployment',
    namespace: 'monitoring',
    name: 'kube-state-metrics',
    replicas: 1,
    containers: [
      c('kube-state-metrics', 'registry.k8s.io/kube-state-metrics/kube-state-metrics:v2.13.0', 'klog', 10, 190, 0.003, 41, {
        port: 8080,
        probes: true,
      }),
    ],
    requestsPerSecond: 0,
  },
  {
    kind: 'StatefulSet',
    namespace: 'monitoring',
    name: 'prometheus',
    replicas: 1,
    containers: [
      c('prometheus', 'quay.io/prometheus/prometheus:v2.54.1', 'logfmt', 200, 1024, 0.18, 860, {
        memoryLimitBytes: 2 * Gi,
        port: 9090,
        probes: true,
      }),
    ],
    requestsPerSecond: 0,
  },
  // shop
  {
    kind: 'Deployment',
    namespace: 'shop',
    name: 'frontend',
    replicas: 3,
    containers: [
      c('nginx', 'nginx:1.27.2', 'nginx', 100, 64, 0.05, 38, {
        cpuLimitMillis: 500,
        memoryLimitBytes: 128 * Mi,
        port: 8080,
        probes: true,
      }),
    ],
    requestsPerSecond: 12,
    tier: 'web',
  },
  {
    kind: 'Deployment',
    namespace: 'shop',
    name: 'cart',
    replicas: 2,
    containers: [
      c('cart', 'ghcr.io/lantern-demo/cart:2.4.1', 'json', 200, 256, 0.11, 180, {
        cpuLimitMillis: 1000,
        memoryLimitBytes: 512 * Mi,
        port: 8080,
        probes: true,
      }),
    ],
    requestsPerSecond: 9,
    tier: 'api',
  },
  {
    kind: 'Deployment',
    namespace: 'shop',
    name: 'checkout',
    replicas: 2,
    containers: [
      c('checkout', 'ghcr.io/lantern-demo/checkout:1.9.0', 'json', 250, 256, 0.14, 210, {
        cpuLimitMillis: 1000,
        memoryLimitBytes: 512 * Mi,
        port: 8080,
        probes: true,
      }),
      c('log-shipper', 'fluent/fluent-bit:3.1.9', 'logfmt', 20, 32, 0.01, 24, { memoryLimitBytes: 64 * Mi }),
    ],
    requestsPerSecond: 4,
    tier: 'api',
  },
  {
    kind: 'Deployment',
    namespace: 'shop',
    name: 'catalog',
    replicas: 2,
    initContainers: [c('wait-for-redis', 'busybox:1.36', 'logfmt', 10, 16, 0, 2)],
    containers: [
      c('catalog', 'ghcr.io/lantern-demo/catalog:3.0.2', 'json', 200, 256, 0.09, 230, {
        cpuLimitMillis: 1000,
        memoryLimitBytes: 512 * Mi,
        port: 8080,
        probes: true,
      }),
    ],
    requestsPerSecond: 10,
    tier: 'api',
  },
  {
    kind: 'Deployment',
    namespace: 'shop',
    name: 'email-sender',
    replicas: 1,
    containers: [
      c('email-sender', 'ghcr.io/lantern-demo/email-sender:0.7.3', 'logfmt', 50, 64, 0.01, 40, { memoryLimitBytes: 128 * Mi }),
    ],
    behaviours: {
      0: {
        kind: 'crashloop',
        periodSeconds: 300,
        exitCode: 1,
        message: 'level=fatal msg="cannot connect to SMTP relay" addr=smtp.shop.svc:587 err="dial tcp: lookup smtp.shop.svc: no such host"',
      },
    },
    requestsPerSecond: 0,
  },
  {
    kind: 'StatefulSet',
    namespace: 'shop',
    name: 'redis',
    replicas: 1,
    containers: [
      c('redis', 'redis:7.4.1', 'redis', 100, 128, 0.03, 96, { memoryLimitBytes: 256 * Mi, port: 6379, probes: true }),
    ],
    requestsPerSecond: 0,
  },
  {
    kind: 'Job',
    namespace: 'shop',
    name: 'db-migrate',
    replicas: 1,
    containers: [c('migrate', 'ghcr.io/lantern-demo/migrate:1.9.0', 'logfmt', 50, 64, 0, 0)],
    behaviours: { 0: { kind: 'completed' } },
    requestsPerSecond: 0,
  },
  // payments
  {
    kind: 'Deployment',
    namespace: 'payments',
    name: 'payment-api',
    replicas: 2,
    containers: [
      c('payment-api', 'ghcr.io/lantern-demo/payment-api:5.2.0', 'json', 250, 256, 0.08, 150, {
        cpuLimitMillis: 1000,
        memoryLimitBytes: 512 * Mi,
        port: 8080,
        probes: true,
      }),
    ],
    requestsPerSecond: 4,
    tier: 'api',
  },
  {
    kind: 'Deployment',
    namespace: 'payments',
    name: 'payment-worker',
    replicas: 1,
    containers: [
      c('worker', 'ghcr.io/lantern-demo/payment-worker:5.2.0', 'go-panic', 100, 128, 0.02, 48, { memoryLimitBytes: 256 * Mi }),
    ],
    behaviours: {
      0: {
        kind: 'crashloop',
        periodSeconds: 240,
        exitCode: 2,
        message: 'panic: runtime error: invalid memory address or nil pointer dereference',
      },
    },
    requestsPerSecond: 0,
  },
  {
    kind: 'Deployment',
    namespace: 'payments',
    name: 'fraud-scorer',
    replicas: 1,
    containers: [
      c('scorer', 'ghcr.io/lantern-demo/fraud-scorer:1.4.0', 'java-ansi', 500, 256, 0.35, 200, {
        cpuLimitMillis: 1000,
        memoryLimitBytes: 384 * Mi,
        port: 8080,
      }),
    ],
    behaviours: { 0: { kind: 'oom', periodSeconds: 720, memoryLimitBytes: 384 * Mi } },
    requestsPerSecond: 2,
  },
  {
    kind: 'Deployment',
    namespace: 'payments',
    name: 'report-builder',
    replicas: 1,
    containers: [c('builder', 'ghcr.io/lantern-demo/report-builder:0.3.0', 'json', 4000, 24 * 1024, 0, 0)],
    behaviours: {
      0: {
        kind: 'pending',
        reason: '0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 2 Insufficient memory. preemption: 0/3 nodes are available: 1 Preemption is not helpful for scheduling, 2 No preemption victims found for incoming pod.',
      },
    },
    requestsPerSecond: 0,
  },
];

/** Request paths each HTTP service serves, with their share of traffic. */
export const ROUTES: Record<string, { method: string; path: string; share: number }[]> = {
  frontend: [
    { method: 'GET', path: '/', share: 0.5 },
    { method: 'GET', path: '/static/app.js', share: 0.3 },
    { method: 'POST', path: '/api/checkout', share: 0.2 },
  ],
  cart: [
    { method: 'GET', path: '/api/cart', share: 0.7 },
    { method: 'POST', path: '/api/cart/items', share: 0.3 },
  ],
  checkout: [{ method: 'POST', path: '/api/checkout', share: 1 }],
  catalog: [
    { method: 'GET', path: '/api/products', share: 0.6 },
    { method: 'GET', path: '/api/search', share: 0.4 },
  ],
  'payment-api': [
    { method: 'POST', path: '/v1/charges', share: 0.8 },
    { method: 'GET', path: '/v1/charges/{id}', share: 0.2 },
  ],
  'fraud-scorer': [{ method: 'POST', path: '/score', share: 1 }],
};
