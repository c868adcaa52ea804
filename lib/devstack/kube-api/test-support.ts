/** Test helpers: a fake log generator (one line every 2 s per container) and a server with its kubeconfig. */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoCluster } from '../cluster/cluster';
import type { ContainerLogs, LogEntry } from '../logs/types';
import { writeKubeconfig } from './kubeconfig';
import { type KubeApiServerOptions, startKubeApiServer } from './server';

export const LINE_EVERY_MS = 2_000;

/** Deterministic: a line at every multiple of 2 s in [from, to), saying who wrote it and when. */
export const fakeLogs: ContainerLogs = (pod, container, fromMs, toMs) => {
  const out: LogEntry[] = [];
  for (let t = Math.ceil(fromMs / LINE_EVERY_MS) * LINE_EVERY_MS; t < toMs; t += LINE_EVERY_MS) {
    out.push({ tsNs: `${BigInt(t) * 1_000_000n + 123n}`, line: `${pod.name}/${container} t=${t}`, stream: 'stdout' });
  }
  return out;
};

/** A controllable clock for the cluster: tests move time and call cluster.refresh(). */
export function fakeClock(startMs = Date.UTC(2025, 0, 15, 12, 0, 0)) {
  let now = startMs;
  return { now: () => now, advance: (ms: number) => void (now += ms), set: (ms: number) => void (now = ms) };
}

export async function startTestServer(opts: Partial<KubeApiServerOptions> = {}) {
  const clock = fakeClock();
  const cluster = opts.cluster ?? new DemoCluster(clock.now);
  const server = await startKubeApiServer({ cluster, logs: fakeLogs, logPollMs: 50, bookmarkIntervalMs: 200, ...opts });
  const dir = await mkdtemp(join(tmpdir(), 'lantern-kube-'));
  const kubeconfigPath = join(dir, 'kubeconfig');
  await writeKubeconfig(server.url, kubeconfigPath);
  return {
    clock,
    cluster,
    server,
    kubeconfigPath,
    close: async () => {
      await server.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
