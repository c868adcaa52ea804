/**
 * The demo stack and the built console as child processes for the benchmarks, so the load generator
 * (or the browser driver) does not share an event loop with the servers it measures.
 *
 * With LANTERN_URL, PROMETHEUS_URL and LOKI_URL set, nothing is started and those URLs are used.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

export interface BenchTargets {
  /** The console, e.g. http://127.0.0.1:3000. */
  console: string;
  /** The datasource URLs the console is configured with (the demo stack's relays). */
  prometheus: string;
  loki: string;
  /** The demo servers behind the relays; absent when the URLs were given. */
  prometheusDirect?: string;
  lokiDirect?: string;
  close(): Promise<void>;
}

const root = path.resolve(__dirname, '..', '..', '..');
const runScript = path.join(root, 'lib', 'devstack', 'run.ts');

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Runs `run.ts` with the given arguments and resolves with its stdout lines once `done` accepts them. */
function startRun(args: string[], env: Record<string, string | undefined>, done: (lines: string[]) => boolean, timeoutMs: number) {
  const child = spawn(process.execPath, ['--import', 'tsx', runScript, ...args], {
    cwd: root,
    env: { ...process.env, ...env, LOG_LEVEL: 'warn', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: string[] = [];
  const ready = new Promise<string[]>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`run.ts ${args.join(' ')} was not ready within ${timeoutMs} ms`)), timeoutMs);
    let buf = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buf += chunk.toString('utf8');
      const parts = buf.split('\n');
      buf = parts.pop()!;
      lines.push(...parts);
      if (done(lines)) {
        clearTimeout(timer);
        resolve(lines);
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`run.ts ${args.join(' ')} exited with ${signal ?? code}`));
    });
  });
  return { child, ready };
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

async function waitReady(url: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const ok = await fetch(`${url}/api/readyz`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url}/api/readyz did not answer 200 within ${timeoutMs} ms`);
}

/**
 * Starts the stack (`run.ts --stack-only`), then the console with that stack's URLs (a second `run.ts`,
 * which starts no parts because all three are given), and waits for /api/readyz.
 */
export async function startBenchTargets(log: (m: string) => void = console.error): Promise<BenchTargets> {
  const given = process.env.LANTERN_URL;
  if (given) {
    const { PROMETHEUS_URL: prometheus, LOKI_URL: loki } = process.env;
    if (!prometheus || !loki) throw new Error('LANTERN_URL needs PROMETHEUS_URL and LOKI_URL (the URLs that console uses)');
    await waitReady(given, 10_000);
    return { console: given.replace(/\/$/, ''), prometheus, loki, close: async () => {} };
  }
  const children: ChildProcess[] = [];
  const close = async () => {
    for (const c of children.reverse()) await stopChild(c);
  };
  try {
    log('starting the demo stack...');
    const keys = ['PROMETHEUS_URL=', 'LOKI_URL=', 'KUBECONFIG='];
    const stack = startRun(['--stack-only'], {}, (ls) => keys.every((k) => ls.some((l) => l.startsWith(k))), 180_000);
    children.push(stack.child);
    const lines = await stack.ready;
    const value = (key: string) => lines.find((l) => l.startsWith(`${key}=`))?.slice(key.length + 1);
    const direct = (part: string) => lines.find((l) => l.startsWith(`[lantern] ${part}`))?.match(/on (http:\/\/\S+)$/)?.[1];
    const env = { PROMETHEUS_URL: value('PROMETHEUS_URL'), LOKI_URL: value('LOKI_URL'), KUBECONFIG: value('KUBECONFIG') };
    if (!env.PROMETHEUS_URL || !env.LOKI_URL || !env.KUBECONFIG) throw new Error(`the stack did not print its URLs:\n${lines.join('\n')}`);
    const port = await freePort();
    log(`starting the console on 127.0.0.1:${port}...`);
    // Explicitly anonymous (a viewer of every namespace): the benchmarks measure pages and queries, not sign-in.
    const consoleRun = startRun(['--port', String(port), '--host', '127.0.0.1'], { ...env, LANTERN_AUTH: 'anonymous', LANTERN_ANONYMOUS_ROLE: 'viewer' }, (ls) => ls.some((l) => l.includes('console starting')), 30_000);
    children.push(consoleRun.child);
    await consoleRun.ready;
    const consoleUrl = `http://127.0.0.1:${port}`;
    await waitReady(consoleUrl, 60_000);
    return {
      console: consoleUrl,
      prometheus: env.PROMETHEUS_URL,
      loki: env.LOKI_URL,
      prometheusDirect: direct('prometheus'),
      lokiDirect: direct('loki'),
      close,
    };
  } catch (e) {
    await close();
    throw e;
  }
}
