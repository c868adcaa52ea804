/** The demo cluster's exporters on one local HTTP server, one path per scrape target. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DemoCluster } from '../cluster/cluster';
import { TEXT_CONTENT_TYPE, toPrometheusText } from './exposition';
import { metricsModel } from './model';
import { scrapeSources, sourceForPath } from './sources';

export interface ExporterTarget {
  job: string;
  /** Full scrape URL, e.g. `http://127.0.0.1:41234/kubelet/demo-worker/metrics/cadvisor`. */
  url: string;
  /** Target labels to attach (instance, node, namespace, pod ...), as Kubernetes service discovery would. */
  labels?: Record<string, string>;
}

export interface MetricsExporters {
  targets: ExporterTarget[];
  close(): Promise<void>;
}

/**
 * Serves cAdvisor, kube-state-metrics, node-exporter and the demo apps' metrics for `cluster`, evaluated
 * at the cluster's clock on every scrape. Binds `host` (127.0.0.1) on a port the OS picks.
 */
export async function startMetricsExporters({ cluster, host = '127.0.0.1', port = 0 }: { cluster: DemoCluster; host?: string; port?: number }): Promise<MetricsExporters> {
  const model = metricsModel(cluster);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]);
    const source = req.method === 'GET' ? sourceForPath(model, path, cluster.now()) : null;
    const families = source?.collect(cluster.now());
    if (!source || !families) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('404 page not found\n');
      return;
    }
    const body = toPrometheusText(families.families());
    res.writeHead(200, { 'Content-Type': TEXT_CONTENT_TYPE, 'Content-Length': Buffer.byteLength(body) }).end(body);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const { port: bound } = server.address() as AddressInfo;
  const base = `http://${host}:${bound}`;
  const targets = scrapeSources(model, cluster.now()).map((s) => ({ job: s.job, url: base + s.path, labels: s.labels }));
  let closed: Promise<void> | null = null;
  return {
    targets,
    close: () =>
      (closed ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}
