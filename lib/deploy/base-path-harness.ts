/**
 * The console under LANTERN_BASE_PATH behind a small reverse proxy, for e2e/base-path.spec.ts: the demo stack
 * (run.ts --stack-only), the base-path standalone build (base-path-build.ts) laid out and started as the image
 * runs it (run-image.ts: Dockerfile runtime stage, non-root, read-only but for its volumes), and
 * a proxy on 127.0.0.1 that forwards only paths under the base path (WebSocket upgrades included) and records
 * every other path asked for, so a link, asset or API call that forgets the base path is caught.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { BASE_PATH, ensureBasePathBuild } from './base-path-build';
import { runImage, waitForOk } from './run-image';

export interface BasePathConsole {
  /** Origin of the proxy; the console is at `${origin}${BASE_PATH}/`. */
  origin: string;
  /** Paths requested through the proxy outside the base path (each answered 404). */
  outside: string[];
  /** The server's own origin, bypassing the proxy. */
  serverOrigin: string;
  close(): Promise<void>;
}

const root = path.resolve(__dirname, '..', '..');

/** Starts run.ts --stack-only and resolves with the environment it prints (PROMETHEUS_URL, LOKI_URL, KUBECONFIG). */
function startStack(): Promise<{ child: ChildProcess; env: Record<string, string> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'lib', 'devstack', 'run.ts'), '--stack-only', '--backfill-hours', '0'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    const env: Record<string, string> = {};
    let buffer = '';
    child.stdout!.on('data', (d: Buffer) => {
      buffer += d.toString();
      for (const m of buffer.matchAll(/^(PROMETHEUS_URL|LOKI_URL|KUBECONFIG)=(.+)$/gm)) env[m[1]] = m[2];
      if (env.PROMETHEUS_URL && env.LOKI_URL && env.KUBECONFIG) resolve({ child, env });
    });
    child.on('exit', (code) => reject(new Error(`the demo stack exited with ${code}:\n${buffer}`)));
  });
}

/** Without backfilled history, Prometheus has nothing to answer until it has scraped for a while. */
async function firstScrape(prometheusUrl: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    try {
      // 30 s of history, not just a first sample: a range query at a 15 s step evaluates at multiples of 15 s, and a
      // Prometheus a few seconds old may hold no sample before any of them (an empty chart in Explore).
      const r = (await (await fetch(`${prometheusUrl}/api/v1/query?query=${encodeURIComponent('count(kube_pod_info offset 30s)')}`)).json()) as {
        data?: { result?: unknown[] };
      };
      if (r.data?.result?.length) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('Prometheus gathered no 30 s of history within 120 s');
}

function startProxy(target: number, outside: string[]): Promise<http.Server> {
  const inside = (url = '') => url === BASE_PATH || url.startsWith(`${BASE_PATH}/`) || url.startsWith(`${BASE_PATH}?`);
  const server = http.createServer((req, res) => {
    if (!inside(req.url)) {
      outside.push(req.url ?? '');
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end(`not under ${BASE_PATH}`);
      return;
    }
    const upstream = http.request(
      { host: '127.0.0.1', port: target, method: req.method, path: req.url, headers: { ...req.headers, 'x-forwarded-host': req.headers.host, 'x-forwarded-proto': 'http' } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('upgrade', (req, socket, head) => {
    if (!inside(req.url)) {
      outside.push(req.url ?? '');
      socket.end('HTTP/1.1 404 Not Found\r\n\r\n');
      return;
    }
    const up = net.connect(target, '127.0.0.1', () => {
      const lines = [`${req.method} ${req.url} HTTP/1.1`, ...Object.entries(req.headers).map(([k, v]) => `${k}: ${String(v)}`), '', ''];
      up.write(lines.join('\r\n'));
      up.write(head);
      up.pipe(socket).pipe(up);
    });
    up.on('error', () => socket.destroy());
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

export async function startBasePathConsole(log: (m: string) => void = () => {}): Promise<BasePathConsole> {
  const buildRoot = ensureBasePathBuild(log);
  const stack = await startStack();
  await firstScrape(stack.env.PROMETHEUS_URL);
  const stopStack = () => {
    try {
      process.kill(-stack.child.pid!, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  let image;
  try {
    // This console tests routing under the base path, not sign-in (e2e/auth.spec.ts does): explicitly anonymous,
    // reachable only on 127.0.0.1 through the test proxy. The default viewer role: Explore's history is the
    // viewer's own to write, so nothing here needs more.
    image = await runImage({ buildRoot, buildArgs: { LANTERN_BASE_PATH: BASE_PATH }, env: { ...stack.env, LANTERN_AUTH: 'anonymous' } });
  } catch (e) {
    stopStack();
    throw e;
  }
  const outside: string[] = [];
  let proxy: http.Server | undefined;
  const close = async () => {
    await new Promise((r) => (proxy ? proxy.close(r) : r(undefined)));
    await image.close();
    stopStack();
  };
  try {
    await waitForOk(`${image.origin}${BASE_PATH}/api/healthz`, 60_000, image.exited);
    proxy = await startProxy(Number(new URL(image.origin).port), outside);
  } catch (e) {
    log(image.output());
    await close();
    throw e;
  }
  const { port: proxyPort } = proxy.address() as net.AddressInfo;
  return { origin: `http://127.0.0.1:${proxyPort}`, outside, serverOrigin: image.origin, close };
}
