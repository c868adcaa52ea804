/**
 * A standalone build of the console under LANTERN_BASE_PATH=/lantern (what `docker build --build-arg` makes),
 * made in a copy of the repo in the temp directory so the repo's own .next (used by `next start` and the other
 * browser tests) is left alone. Reused while no built source changes (a hash of every tracked and untracked,
 * non-ignored file that can affect the build).
 *
 *   node --import tsx lib/deploy/base-path-build.ts    # builds if needed, prints the build directory
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const BASE_PATH = '/lantern';
const root = path.resolve(__dirname, '..', '..');

/** Files that cannot change the build: tests, docs, manifests, the dev stack and these helpers. */
const NOT_BUILT = /^(e2e|deploy|lib\/devstack|lib\/deploy)\/|^Dockerfile$|^\.dockerignore$|\.test\.tsx?$|\.md$/;

function sourceFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root }).toString();
  return out
    .split('\0')
    .filter((f) => f && fs.existsSync(path.join(root, f)) && fs.statSync(path.join(root, f)).isFile());
}

function sourceHash(files: string[]): string {
  const h = createHash('sha256').update(BASE_PATH);
  for (const f of files.filter((x) => !NOT_BUILT.test(x))) h.update(f).update('\0').update(fs.readFileSync(path.join(root, f)));
  return h.digest('hex');
}

/** Returns the build's root (standing for the Dockerfile build stage's /src), building first when needed. */
function stampPath(): string {
  return path.join(buildDir(), '.lantern-source-hash');
}

function buildDir(): string {
  return path.join(os.tmpdir(), `lantern-base-path-build-${createHash('sha256').update(root).digest('hex').slice(0, 8)}`);
}

export function ensureBasePathBuild(log: (m: string) => void = () => {}): string {
  const dir = buildDir();
  const standalone = path.join(dir, '.next', 'standalone');
  const files = sourceFiles();
  const hash = sourceHash(files);
  const stamp = stampPath();
  if (fs.existsSync(path.join(standalone, 'server.js')) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash) {
    return dir;
  }
  log(`building the console under ${BASE_PATH} in ${dir}`);
  fs.rmSync(dir, { recursive: true, force: true });
  for (const f of files) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.copyFileSync(path.join(root, f), path.join(dir, f));
  }
  fs.cpSync(path.join(root, 'lib', 'generated'), path.join(dir, 'lib', 'generated'), { recursive: true });
  // Hard links: 800 MB of packages in a second, and Turbopack refuses a node_modules symlinked from outside.
  execFileSync('cp', ['-al', path.join(root, 'node_modules'), path.join(dir, 'node_modules')]);
  const r = spawnSync(process.execPath, [path.join(dir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LANTERN_BASE_PATH: BASE_PATH, LANTERN_STANDALONE: '1', NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (r.status !== 0) throw new Error(`next build under ${BASE_PATH} failed:\n${r.stdout}\n${r.stderr}`);
  fs.writeFileSync(stamp, hash);
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === __filename) {
  const t = Date.now();
  console.log(ensureBasePathBuild(console.log));
  console.log(`ready in ${Math.round((Date.now() - t) / 1000)} s`);
}
