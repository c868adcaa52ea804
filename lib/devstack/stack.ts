/**
 * The demo stack: a simulated cluster served through a Kubernetes API server, a Loki-compatible log
 * server and metric exporters scraped by a real Prometheus. Started by the run command and the test
 * harness only; never imported by app code.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DemoCluster } from './cluster/cluster';
import { type ForbidRule, ruleMatches, startKubeApiServer, writeKubeconfig } from './kube-api';
import { containerLogs } from './logs';
import { startLokiServer } from './loki';
import { startMetricsExporters } from './metrics';
import { startPrometheus } from './prometheus';
import { startToggleProxy, type ToggleProxy } from './toggle-proxy';

export interface DevstackOptions {
  /** Parts to start; a part whose real server is configured (URL given) is skipped by the caller. */
  kubernetes?: boolean;
  loki?: boolean;
  prometheus?: boolean;
  /** Hours of metric history to backfill before Prometheus starts. */
  backfillHours?: number;
  /** Benchmark pods added to the Kubernetes API only (namespace `load`); 0 by default. */
  extraPods?: number;
  log?: (msg: string) => void;
}

export type DevstackPart = 'kubernetes' | 'loki' | 'prometheus';

export interface Devstack {
  cluster: DemoCluster;
  /** Environment for the console: PROMETHEUS_URL, LOKI_URL, KUBECONFIG for the parts started. */
  env: Record<string, string>;
  /** What could not start, in words an operator can act on. */
  warnings: string[];
  /** Switch a part off (connections refused) and on again, for outage tests. */
  setUp(part: DevstackPart, up: boolean): void;
  /** Make the demo Kubernetes API refuse requests matching the rule with RBAC's 403, until `allowAll`. */
  forbid(rule: ForbidRule): void;
  allowAll(): void;
  close(): Promise<void>;
}

export async function startDevstack(opts: DevstackOptions = {}): Promise<Devstack> {
  const log = opts.log ?? (() => {});
  const dir = mkdtempSync(path.join(tmpdir(), 'lantern-devstack-'));
  const cluster = new DemoCluster(Date.now, undefined, { extraPods: opts.extraPods ?? 0 });
  cluster.start();
  const closers: (() => Promise<void>)[] = [];
  const env: Record<string, string> = {};
  const warnings: string[] = [];
  const toggles = new Map<DevstackPart, ToggleProxy>();
  const denied: ForbidRule[] = [];
  /** Every part is reached through a relay, so tests can take it down without restarting anything. */
  const relay = async (part: DevstackPart, url: string) => {
    const proxy = await startToggleProxy(url);
    toggles.set(part, proxy);
    closers.push(proxy.close);
    return proxy.url;
  };
  const close = async () => {
    cluster.stop();
    for (const c of closers.reverse()) await c().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const parts: Promise<void>[] = [];
    if (opts.kubernetes !== false) {
      parts.push(
        (async () => {
          const api = await startKubeApiServer({ cluster, logs: containerLogs, forbid: (r) => denied.some((rule) => ruleMatches(rule, r)) });
          closers.push(api.close);
          env.KUBECONFIG = path.join(dir, 'kubeconfig');
          await writeKubeconfig(await relay('kubernetes', api.url), env.KUBECONFIG);
          log(`kubernetes API (demo) on ${api.url}`);
        })(),
      );
    }
    if (opts.loki !== false) {
      parts.push(
        (async () => {
          const loki = await startLokiServer({ cluster });
          closers.push(loki.close);
          env.LOKI_URL = await relay('loki', loki.url);
          log(`loki (demo) on ${loki.url}`);
        })(),
      );
    }
    if (opts.prometheus !== false) {
      parts.push(
        (async () => {
          const exporters = await startMetricsExporters({ cluster });
          closers.push(exporters.close);
          try {
            const prom = await startPrometheus({ targets: exporters.targets, backfillHours: opts.backfillHours ?? 1, cluster });
            closers.push(prom.close);
            env.PROMETHEUS_URL = await relay('prometheus', prom.url);
            log(`prometheus ${prom.version} on ${prom.url}`);
          } catch (e) {
            warnings.push(`metrics are unavailable: ${(e as Error).message}`);
          }
        })(),
      );
    }
    await Promise.all(parts);
  } catch (e) {
    await close();
    throw e;
  }
  const setUp = (part: DevstackPart, up: boolean) => {
    const t = toggles.get(part);
    if (!t) throw new Error(`${part} is not part of this demo stack`);
    t.setUp(up);
  };
  const forbid = (rule: ForbidRule) => void denied.push(rule);
  const allowAll = () => void denied.splice(0);
  return { cluster, env, warnings, setUp, forbid, allowAll, close };
}
