/**
 * Runs the container image's contents without Docker: replays the Dockerfile's runtime stage on a local standalone
 * build (image-layout.ts), then starts its CMD with the image's environment as the image's user (when we are root)
 * on a tree that is read-only except the image's writable directories and a private /tmp. Listens on 127.0.0.1.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { assembleImage, makeWritable, parseRuntimeStage, type RuntimeStage } from './image-layout';

const root = path.resolve(__dirname, '..', '..');

export interface RunningImage {
  stage: RuntimeStage;
  /** The image's / on this machine. */
  imageRoot: string;
  /** http://127.0.0.1:PORT (without the base path). */
  origin: string;
  uid: number | undefined;
  /** Everything the server printed so far. */
  output(): string;
  /** Why the server stopped, or null while it runs. */
  exited(): string | null;
  close(opts?: { keep?: boolean }): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

/**
 * @param buildRoot stands for the build stage's /src (holding .next/standalone, .next/static and prisma/)
 * @param env datasource settings (PROMETHEUS_URL, LOKI_URL, KUBECONFIG); a KUBECONFIG is copied where the user can read it
 */
export async function runImage(opts: { buildRoot: string; buildArgs?: Record<string, string>; env: Record<string, string> }): Promise<RunningImage> {
  const stage = parseRuntimeStage(fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8'), opts.buildArgs);
  const imageRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-image-'));
  fs.chmodSync(imageRoot, 0o755);
  assembleImage(stage, opts.buildRoot, imageRoot);
  // The pod's /tmp is an emptyDir; here a sticky world-writable directory of our own.
  const tmp = path.join(imageRoot, 'tmp');
  fs.mkdirSync(tmp);
  fs.chmodSync(tmp, 0o1777);
  const env: Record<string, string> = { ...opts.env };
  if (env.KUBECONFIG) {
    // In the cluster the service account token is mounted read-only; here the kubeconfig, readable by the user.
    const kubeconfig = path.join(imageRoot, 'kubeconfig');
    fs.copyFileSync(env.KUBECONFIG, kubeconfig);
    fs.chmodSync(kubeconfig, 0o444);
    env.KUBECONFIG = kubeconfig;
  }
  const port = await freePort();
  const toLocal = (v: string) => v.replace(/^file:\/app\//, `file:${imageRoot}/app/`);
  const uid = process.getuid?.() === 0 ? stage.user.uid : undefined;
  const [cmd, ...args] = stage.cmd;
  const server = spawn(cmd === 'node' ? process.execPath : cmd, args, {
    cwd: path.join(imageRoot, stage.workdir),
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      ...Object.fromEntries(Object.entries(stage.env).map(([k, v]) => [k, toLocal(v)])),
      ...env,
      TMPDIR: tmp,
      PORT: String(port),
      // The image listens on 0.0.0.0; on a shared machine the tests stay on loopback.
      HOST: '127.0.0.1',
      HOSTNAME: '127.0.0.1',
      LOG_LEVEL: 'warn',
    } as Record<string, string> as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(uid === undefined ? {} : { uid, gid: stage.user.gid }),
  });
  let output = '';
  server.stdout.on('data', (d) => (output += d));
  server.stderr.on('data', (d) => (output += d));
  let exit: string | null = null;
  const exitedPromise = new Promise<void>((resolve) =>
    server.on('exit', (code, signal) => {
      exit = `code ${code ?? signal}`;
      resolve();
    }),
  );
  return {
    stage,
    imageRoot,
    origin: `http://127.0.0.1:${port}`,
    uid,
    output: () => output,
    exited: () => exit,
    async close({ keep = false } = {}) {
      if (!exit) {
        server.kill('SIGTERM');
        await Promise.race([exitedPromise, new Promise((r) => setTimeout(r, 5000))]);
      }
      if (!keep) {
        makeWritable(imageRoot);
        fs.rmSync(imageRoot, { recursive: true, force: true });
      }
    },
  };
}

/** Resolves when `url` answers 2xx; rejects when the server exits first or after `ms`. */
export async function waitForOk(url: string, ms: number, exited: () => string | null = () => null): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    const gone = exited();
    if (gone) throw new Error(`the server exited (${gone}) before ${url} answered`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
