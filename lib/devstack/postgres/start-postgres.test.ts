import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { PostgresNotInstalledError } from './binaries';
import { findPostgresBinDir, startPostgres } from './start-postgres';

const ci = !!process.env.CI && process.env.CI !== 'false';
const FIXTURE = path.join(import.meta.dirname, 'child-fixture.mts');

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => resolve(socket.destroy() === socket));
    socket.once('error', () => resolve(false));
  });
}

/** Runs the fixture in its own process (tsx as a loader, so the pid we kill is the server's owner); resolves with what it printed once the server is up. */
function startChild(mode: 'exit' | 'hang'): Promise<{ child: ReturnType<typeof spawn>; dir: string; port: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', FIXTURE, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve({ child, ...JSON.parse(out.split('\n')[0]) });
    });
    child.once('exit', (code) => (out.includes('\n') ? undefined : reject(new Error(`fixture exited ${code}`))));
  });
}

describe('PostgresNotInstalledError', () => {
  it('tells how to install PostgreSQL', () => {
    expect(new PostgresNotInstalledError('x').message).toContain('apt-get install');
  });
});

describe.skipIf(!findPostgresBinDir() && !ci)('startPostgres', () => {
  it('serves a CREATEDB role on 127.0.0.1 only, and removes everything on stop()', async () => {
    const server = await startPostgres();
    expect(server.url).toMatch(/^postgresql:\/\/lantern:[0-9a-f]+@127\.0\.0\.1:\d+\/lantern$/);
    const client = new pg.Client({ connectionString: server.url });
    await client.connect();
    const { rows } = await client.query(
      "SELECT rolcreatedb, current_setting('listen_addresses') AS listen FROM pg_roles WHERE rolname = current_user",
    );
    await client.end();
    expect(rows[0]).toEqual({ rolcreatedb: true, listen: '127.0.0.1' });
    await server.stop();
    await server.stop(); // idempotent
    expect(fs.existsSync(server.dir)).toBe(false);
    expect(await portOpen(server.port)).toBe(false);
  });

  it('cleans up when its process exits without stop()', async () => {
    const { child, dir, port } = await startChild('exit');
    await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
    expect(fs.existsSync(dir)).toBe(false);
    expect(await portOpen(port)).toBe(false);
  });

  it('reaps a server whose owner was killed (SIGKILL) on the next start', async () => {
    const { child, dir, port } = await startChild('hang');
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));
    expect(fs.existsSync(dir)).toBe(true); // nobody could clean up...
    const next = await startPostgres(); // ...until the next start
    expect(fs.existsSync(dir)).toBe(false);
    expect(await portOpen(port)).toBe(false);
    await next.stop();
  });
});
