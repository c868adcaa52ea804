/**
 * PostgreSQL refuses to run as root. As root we hand the temp dir to the `postgres` system user and run the
 * server binaries through `runuser` (or `su`); as anyone else we run them directly.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** The account to run server binaries as, or null for "the current user". */
export function serverUser(): string | null {
  if (process.getuid?.() !== 0) return null;
  const passwd = fs.readFileSync('/etc/passwd', 'utf8');
  if (!passwd.split('\n').some((l) => l.startsWith('postgres:'))) {
    throw new Error('Running as root but there is no "postgres" user: apt-get install postgresql creates it');
  }
  return 'postgres';
}

export function asServerUser(file: string, user: string | null): void {
  if (!user) return;
  const line = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${user}:`))!;
  const [, , uid, gid] = line.split(':');
  fs.chownSync(file, Number(uid), Number(gid));
}

export function runAsServerUser(user: string | null, bin: string, args: string[]): void {
  const [cmd, argv] = user ? wrap(user, bin, args) : [bin, args];
  try {
    execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new Error(`${bin} ${args[0]} failed: ${err.stderr || err.stdout || err.message}`.trim());
  }
}

function wrap(user: string, bin: string, args: string[]): [string, string[]] {
  if (fs.existsSync('/usr/sbin/runuser') || fs.existsSync('/sbin/runuser')) return ['runuser', ['-u', user, '--', bin, ...args]];
  const quoted = [bin, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  return ['su', [user, '-s', '/bin/sh', '-c', quoted]];
}
