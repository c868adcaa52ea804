// Set-up steps shared by `npm run demo` and `npm test`. Plain Node, no dependencies: it runs before `npm ci`.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

export const quietEnv = {
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1',
  CHECKPOINT_DISABLE: '1',
  PRISMA_HIDE_UPDATE_MESSAGE: '1',
  NEXT_TELEMETRY_DISABLED: '1',
  npm_config_fund: 'false',
  npm_config_audit: 'false',
  npm_config_update_notifier: 'false',
};

export const say = (m) => console.log(`[lantern] ${m}`);

export function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...quietEnv, ...(opts.env ?? {}) } });
  if (r.status !== 0 && !opts.allowFail) {
    throw new Error(`${cmd} ${args.join(' ')} failed with exit code ${r.status ?? r.signal}`);
  }
  return r.status ?? 1;
}

function sha(file) {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

/** `npm ci` when node_modules is missing or was installed from another lockfile. */
export function ensureNodeModules() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) throw new Error(`Node.js >= 20.19 is required, this is ${process.versions.node}`);
  const stamp = path.join(root, 'node_modules', '.lantern-lock-sha');
  const want = sha(path.join(root, 'package-lock.json'));
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === want) return;
  say('installing npm packages (npm ci)...');
  // JOBS=max lets node-gyp compile better-sqlite3 on every core (the longest step of a fresh install).
  run('npm', ['ci', '--no-audit', '--no-fund'], { env: { JOBS: 'max' } });
  writeFileSync(stamp, want);
}

const which = (bin) => spawnSync('sh', ['-c', `command -v ${bin}`], { encoding: 'utf8' }).stdout.trim();

function postgresBin() {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return '';
  for (const v of readdirSync(base).sort().reverse()) if (existsSync(`${base}/${v}/bin/initdb`)) return `${base}/${v}/bin`;
  return '';
}

/** Debian packages the demo or the tests need, found by what they install. */
export const SYSTEM_PACKAGES = {
  prometheus: () => which('prometheus'),
  postgresql: () => postgresBin(),
  chromium: () => (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : ''),
  'fonts-dejavu-core': () => (existsSync('/usr/share/fonts/truetype/dejavu') ? 'ok' : ''),
};

/**
 * Install missing Debian packages when we can (root with apt-get); otherwise say exactly what to install.
 * Returns the names still missing.
 */
export function ensureSystemPackages(names) {
  const missing = names.filter((n) => !SYSTEM_PACKAGES[n]());
  if (!missing.length) return [];
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && which('apt-get')) {
    say(`installing Debian packages: ${missing.join(' ')}`);
    run('apt-get', ['update'], { allowFail: true });
    run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env: { DEBIAN_FRONTEND: 'noninteractive' }, allowFail: true });
  }
  const still = names.filter((n) => !SYSTEM_PACKAGES[n]());
  if (still.length) {
    say(`missing system packages: ${still.join(' ')}. Install them, e.g. on Debian/Ubuntu: sudo apt-get install ${still.join(' ')}`);
  }
  return still;
}

function newestMtime(dir, skip) {
  let newest = 0;
  if (!existsSync(dir)) return 0;
  const st = statSync(dir);
  if (!st.isDirectory()) return st.mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (skip.some((s) => p.startsWith(path.join(root, s)))) continue;
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p, skip) : statSync(p).mtimeMs);
  }
  return newest;
}

const BUILD_INPUTS = ['app', 'components', 'lib', 'public', 'next.config.js', 'instrumentation.ts', 'proxy.ts', 'package-lock.json', 'tsconfig.json'];
const stampFile = path.join(root, '.next', 'lantern-build.json');

/** Whether there is no build, the sources changed since, or it was made for another base path. */
function buildState() {
  const basePath = process.env.LANTERN_BASE_PATH ?? '';
  const newest = Math.max(...BUILD_INPUTS.map((i) => newestMtime(path.join(root, i), ['lib/devstack', 'lib/generated'])));
  let fresh = false;
  if (existsSync(stampFile) && existsSync(path.join(root, '.next', 'BUILD_ID'))) {
    const stamp = JSON.parse(readFileSync(stampFile, 'utf8'));
    fresh = stamp.basePath === basePath && stamp.newest >= newest;
  }
  return { fresh, stamp: { basePath, newest } };
}

const nextBin = () => path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

/** `next build` when needed (see buildState). */
export function ensureBuild() {
  const { fresh, stamp } = buildState();
  if (fresh) return;
  say('building the console (next build)...');
  run(process.execPath, [nextBin(), 'build']);
  writeFileSync(stampFile, JSON.stringify(stamp));
}

/** The same, without blocking the event loop (the demo stack starts meanwhile). */
export function ensureBuildAsync() {
  const { fresh, stamp } = buildState();
  if (fresh) return Promise.resolve();
  say('building the console (next build)...');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin(), 'build'], { cwd: root, stdio: 'inherit', env: { ...process.env, ...quietEnv } });
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`next build failed with exit code ${code}`));
      writeFileSync(stampFile, JSON.stringify(stamp));
      resolve();
    });
  });
}

export function gitRevision() {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

/** Runs a long-lived child (the console, the demo stack) in the foreground: signals pass on, its exit code is ours. */
export function foreground(args) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...quietEnv } });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 1));
}
