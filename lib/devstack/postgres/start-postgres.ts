/**
 * A throwaway PostgreSQL server for tests and the demo: initdb into a temp dir, listen on 127.0.0.1 only
 * (unix sockets stay in the temp dir), one role with CREATEDB owning one database. Everything is removed on
 * stop(), on process exit, and — for servers whose owner was killed — by the next startPostgres().
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { requirePostgresBinDir } from './binaries';
import { asServerUser, runAsServerUser, serverUser } from './server-user';

export { PostgresNotInstalledError, findPostgresBinDir } from './binaries';

export interface StartedPostgres {
  /** postgresql://lantern:…@127.0.0.1:PORT/lantern — the role has CREATEDB (Prisma's shadow databases need it). */
  url: string;
  /** The superuser's URL, for tests that need to create more databases. */
  adminUrl: string;
  port: number;
  /** The temp dir holding data, sockets and server.log; removed by stop(). */
  dir: string;
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  role?: string;
  database?: string;
}

const DIR_PREFIX = 'lantern-pg-';
const running = new Set<string>();

export async function startPostgres(options: StartPostgresOptions = {}): Promise<StartedPostgres> {
  const binDir = requirePostgresBinDir();
  reapOrphans(binDir);
  const role = options.role ?? 'lantern';
  const database = options.database ?? 'lantern';
  const root = fs.mkdtempSync(path.join(os.tmpdir(), DIR_PREFIX));
  fs.writeFileSync(path.join(root, 'owner.pid'), String(process.pid));
  const dataDir = path.join(root, 'data');
  const adminPassword = randomBytes(12).toString('hex');
  const password = randomBytes(12).toString('hex');
  const user = serverUser();
  asServerUser(root, user);
  running.add(root);
  installExitHook();
  try {
    const pwfile = path.join(root, 'pwfile');
    fs.writeFileSync(pwfile, adminPassword, { mode: 0o600 });
    asServerUser(pwfile, user);
    runAsServerUser(user, path.join(binDir, 'initdb'), [
      '-D', dataDir, '-U', 'postgres', '--pwfile', pwfile, '--auth-local=trust', '--auth-host=scram-sha-256',
      '--encoding=UTF8', '--no-locale', '--no-sync',
    ]);
    fs.rmSync(pwfile);
    const port = await startServer(binDir, user, root, dataDir);
    const adminUrl = `postgresql://postgres:${adminPassword}@127.0.0.1:${port}/postgres`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE ROLE "${role}" LOGIN CREATEDB PASSWORD '${password}'`);
      await admin.query(`CREATE DATABASE "${database}" OWNER "${role}"`);
    } finally {
      await admin.end();
    }
    let stopped: Promise<void> | null = null;
    return {
      url: `postgresql://${role}:${password}@127.0.0.1:${port}/${database}`,
      adminUrl,
      port,
      dir: root,
      stop: () => (stopped ??= Promise.resolve().then(() => destroy(binDir, root))),
    };
  } catch (e) {
    destroy(binDir, root);
    throw e;
  }
}

/** pg_ctl start on a free port; retried because another process may take the port between probe and bind. */
async function startServer(binDir: string, user: string | null, root: string, dataDir: string): Promise<number> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const opts = [
      `-p ${port}`, '-c listen_addresses=127.0.0.1', `-c unix_socket_directories=${root}`,
      '-c fsync=off', '-c synchronous_commit=off', '-c full_page_writes=off', '-c max_connections=50',
    ].join(' ');
    try {
      runAsServerUser(user, path.join(binDir, 'pg_ctl'), [
        'start', '-D', dataDir, '-w', '-t', '60', '-l', path.join(root, 'server.log'), '-o', opts,
      ]);
      return port;
    } catch (e) {
      lastError = e;
    }
  }
  const log = fs.existsSync(path.join(root, 'server.log')) ? fs.readFileSync(path.join(root, 'server.log'), 'utf8') : '';
  throw new Error(`PostgreSQL did not start: ${String(lastError)}\n${log.slice(-2000)}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Synchronous so that it can run from the 'exit' hook. */
function destroy(binDir: string, root: string): void {
  running.delete(root);
  const dataDir = path.join(root, 'data');
  if (fs.existsSync(path.join(dataDir, 'postmaster.pid'))) {
    const owner = fs.statSync(dataDir).uid;
    try {
      runAsServerUser(owner === 0 ? null : userNameOf(owner), path.join(binDir, 'pg_ctl'), ['stop', '-D', dataDir, '-m', 'immediate', '-w']);
    } catch {
      // already stopped
    }
  }
  fs.rmSync(root, { recursive: true, force: true });
}

function userNameOf(uid: number): string | null {
  if (process.getuid?.() === uid) return null;
  const line = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.split(':')[2] === String(uid));
  return line ? line.split(':')[0] : null;
}

let hooked = false;
function installExitHook(): void {
  if (hooked) return;
  hooked = true;
  const binDir = requirePostgresBinDir();
  const cleanup = () => {
    for (const root of [...running]) destroy(binDir, root);
  };
  process.on('exit', cleanup);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      cleanup();
      process.kill(process.pid, signal); // our listener is gone: the default action ends the process
    });
  }
}

/** Stops and removes servers left behind by processes that died without cleaning up (SIGKILL, crash). */
function reapOrphans(binDir: string): void {
  for (const name of fs.readdirSync(os.tmpdir())) {
    if (!name.startsWith(DIR_PREFIX)) continue;
    const root = path.join(os.tmpdir(), name);
    try {
      const pid = Number(fs.readFileSync(path.join(root, 'owner.pid'), 'utf8'));
      if (pid > 0 && !isAlive(pid)) destroy(binDir, root);
    } catch {
      // being created right now, or not ours to judge
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
