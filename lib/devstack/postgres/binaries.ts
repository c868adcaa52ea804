/** Finding PostgreSQL's server binaries (Debian puts them in /usr/lib/postgresql/<major>/bin, off PATH). */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export class PostgresNotInstalledError extends Error {
  constructor(detail: string) {
    super(
      `PostgreSQL server binaries not found (${detail}). Install them with: ` +
        'apt-get install -y --no-install-recommends postgresql',
    );
    this.name = 'PostgresNotInstalledError';
  }
}

const REQUIRED = ['initdb', 'pg_ctl', 'postgres'] as const;

function hasAll(dir: string): boolean {
  return REQUIRED.every((bin) => fs.existsSync(path.join(dir, bin)));
}

/** The bin directory holding initdb/pg_ctl/postgres, newest major first; null when none is installed. */
export function findPostgresBinDir(): string | null {
  const candidates: string[] = [];
  const debianRoot = '/usr/lib/postgresql';
  if (fs.existsSync(debianRoot)) {
    const majors = fs
      .readdirSync(debianRoot)
      .filter((d) => /^\d+(\.\d+)?$/.test(d))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...majors.map((m) => path.join(debianRoot, m, 'bin')));
  }
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // no pg_config on PATH
  }
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) if (dir) candidates.push(dir);
  return candidates.find(hasAll) ?? null;
}

export function requirePostgresBinDir(): string {
  const dir = findPostgresBinDir();
  if (!dir) throw new PostgresNotInstalledError(`looked for ${REQUIRED.join(', ')} in /usr/lib/postgresql/*/bin and PATH`);
  return dir;
}
