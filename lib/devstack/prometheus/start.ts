/**
 * A real Prometheus for the demo and the integration tests: finds the binary, writes prometheus.yml for the
 * exporters' targets, optionally back-fills history with promtool, starts it on 127.0.0.1 and waits until ready.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DemoCluster } from '../cluster/cluster';
import { backfill } from './backfill';
import { findPrometheus, findPromtool } from './binary';
import { prometheusConfig, type ScrapeTarget } from './config';
import { spawnGuarded } from './process';

export interface StartPrometheusOptions {
  targets: ScrapeTarget[];
  /** TSDB directory; a temporary one (removed on close) when absent. */
  dataDir?: string;
  /** Port on 127.0.0.1; a free one when absent. */
  port?: number;
  scrapeIntervalSeconds?: number;
  /**
   * Hours of history to back-fill from the cluster's model (needs `cluster` and promtool). Defaults to 1 when
   * a cluster is given, except under vitest (0: tests ask for history explicitly).
   */
  backfillHours?: number;
  cluster?: DemoCluster;
  log?: (msg: string) => void;
}

export interface RunningPrometheus {
  url: string;
  version: string;
  /** What the back-fill did, when it ran. */
  backfill?: { samples: number; renderMs: number; promtoolMs: number };
  close(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(url: string, exited: Promise<unknown>, stderr: () => string, timeoutMs: number): Promise<void> {
  let dead = false;
  exited.then(() => (dead = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (dead) throw new Error(`Prometheus exited during start-up:\n${stderr()}`);
    try {
      const res = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`Prometheus was not ready after ${timeoutMs / 1000}s:\n${stderr()}`);
}

/**
 * Starts Prometheus on 127.0.0.1 scraping `targets`, after back-filling history when asked. Throws with install
 * instructions when the binary is missing. close() stops it (SIGTERM, then SIGKILL) and removes its temp files;
 * it also stops when this process exits or dies.
 */
export async function startPrometheus(opts: StartPrometheusOptions): Promise<RunningPrometheus> {
  const { targets, scrapeIntervalSeconds = 5, cluster, log = () => {} } = opts;
  const backfillHours = opts.backfillHours ?? (cluster && !process.env.VITEST ? 1 : 0);
  const bin = findPrometheus();
  const workDir = await mkdtemp(join(tmpdir(), 'lantern-prometheus-'));
  const dataDir = opts.dataDir ?? join(workDir, 'data');
  const cleanup = () => rm(workDir, { recursive: true, force: true });
  try {
    const configFile = join(workDir, 'prometheus.yml');

    let backfilled: RunningPrometheus['backfill'];
    if (backfillHours > 0 && cluster) {
      const promtool = findPromtool(bin);
      if (!promtool) log('promtool not found: starting Prometheus without back-filled history (apt-get install prometheus provides it)');
      else {
        const toMs = cluster.now() - 1_000;
        backfilled = await backfill(promtool, dataDir, workDir, { cluster, fromMs: toMs - backfillHours * 3600_000, toMs });
        log(`back-filled ${backfillHours} h: ${backfilled.samples} samples, rendered in ${backfilled.renderMs} ms, promtool ${backfilled.promtoolMs} ms`);
      }
    }

    for (let attempt = 1; ; attempt++) {
      const port = opts.port ?? (await freePort());
      const url = `http://127.0.0.1:${port}`;
      await writeFile(configFile, prometheusConfig(targets, scrapeIntervalSeconds, `127.0.0.1:${port}`));
      const proc = spawnGuarded(bin, [
        `--config.file=${configFile}`,
        `--storage.tsdb.path=${dataDir}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--storage.tsdb.retention.time=2d',
        '--log.level=warn',
      ], { removeOnExit: workDir });
      try {
        await waitReady(url, proc.exited, proc.stderrTail, 30_000);
      } catch (err) {
        await proc.stop();
        // another process may have taken the free port between our probe and Prometheus' bind
        if (!opts.port && attempt < 3 && /address already in use/.test(String(err))) continue;
        throw err;
      }
      const info = (await (await fetch(`${url}/api/v1/status/buildinfo`)).json()) as { data?: { version?: string } };
      let closing: Promise<void> | null = null;
      return {
        url,
        version: info.data?.version ?? 'unknown',
        backfill: backfilled,
        close: () => (closing ??= proc.stop().then(cleanup)),
      };
    }
  } catch (err) {
    await cleanup();
    throw err;
  }
}
