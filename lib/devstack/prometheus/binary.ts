/** Finds the Prometheus and promtool binaries: PROMETHEUS_BIN / PROMTOOL_BIN, then PATH, then /usr/bin. */
import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';

type Env = Record<string, string | undefined>;

export const INSTALL_HINT =
  'Prometheus was not found. Install it (Debian/Ubuntu: `sudo apt-get install prometheus`, which also provides promtool), ' +
  'or set PROMETHEUS_BIN to the prometheus binary, or set PROMETHEUS_URL to use a Prometheus you already run.';

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function onPath(name: string, env: Env): string | null {
  for (const dir of [...(env.PATH ?? '').split(delimiter).filter(Boolean), '/usr/bin', '/usr/local/bin']) {
    const p = join(dir, name);
    if (executable(p)) return p;
  }
  return null;
}

/** The prometheus binary, or an error that says what to install. */
export function findPrometheus(env: Env = process.env): string {
  const override = env.PROMETHEUS_BIN;
  if (override) {
    if (!executable(override)) throw new Error(`PROMETHEUS_BIN=${override} is not an executable file. ${INSTALL_HINT}`);
    return override;
  }
  const found = onPath('prometheus', env);
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

/** promtool, next to prometheus first (same version), or null when it is missing. */
export function findPromtool(prometheusBin: string | null, env: Env = process.env): string | null {
  if (env.PROMTOOL_BIN) return executable(env.PROMTOOL_BIN) ? env.PROMTOOL_BIN : null;
  if (prometheusBin) {
    const sibling = join(dirname(prometheusBin), 'promtool');
    if (executable(sibling)) return sibling;
  }
  return onPath('promtool', env);
}

/** Runs a binary to completion, resolving with its output; rejects with its stderr on failure. */
export function run(bin: string, args: string[], timeoutMs = 120_000): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    execFile(bin, args, { timeout: timeoutMs, maxBuffer: 16 * 1024 * 1024, killSignal: 'SIGKILL' }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${bin} ${args.join(' ')} failed: ${err.message}\n${stderr}`.trim()));
      else resolve({ stdout, stderr });
    });
  });
}

/** Whether a Prometheus binary is installed here (tests that need one are skipped without it). */
export function hasPrometheus(env: Env = process.env): boolean {
  try {
    findPrometheus(env);
    return true;
  } catch {
    return false;
  }
}
