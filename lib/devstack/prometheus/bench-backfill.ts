/**
 * Measures the back-fill: `npx tsx lib/devstack/prometheus/bench-backfill.ts [hours]` renders the demo
 * cluster's last hours as OpenMetrics and runs promtool on them, then prints the time each step took.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoCluster } from '../cluster/cluster';
import { backfill } from './backfill';
import { findPromtool } from './binary';

async function main() {
  const hours = Number(process.argv[2] ?? 1);
  const promtool = findPromtool(null);
  if (!promtool) throw new Error('promtool not found (apt-get install prometheus)');
  const dir = await mkdtemp(join(tmpdir(), 'lantern-backfill-bench-'));
  try {
    const cluster = new DemoCluster();
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    const r = await backfill(promtool, join(dir, 'data'), dir, { cluster, fromMs: cluster.now() - hours * 3600_000, toMs: cluster.now() });
    const cpu = process.cpuUsage(cpu0);
    console.log(
      `${hours} h: ${r.samples} samples; render ${r.renderMs} ms (node CPU ${Math.round((cpu.user + cpu.system) / 1000)} ms), ` +
        `promtool ${r.promtoolMs} ms; total ${Math.round(performance.now() - t0)} ms`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
