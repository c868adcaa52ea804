import { DemoCluster } from '../lib/devstack/cluster/cluster';
import { containerLogs } from '../lib/devstack/logs';
const c = new DemoCluster();
const t = Date.now();
for (const p of c.podsAt(t)) {
  const n = p.containers.reduce((a, k) => a + containerLogs(p, k.name, t - 600_000, t - 60_000).length, 0);
  console.log(p.namespace, p.name, p.containers.length, n);
}
