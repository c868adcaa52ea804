/**
 * The runtime stage of the repo's Dockerfile, read from the Dockerfile itself and replayed on a local build, so
 * the standalone check (lib/deploy/standalone-check.ts) runs exactly the files the image would hold, without
 * Docker. Only the instructions the runtime stage uses are understood; anything else is refused.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface RuntimeStage {
  workdir: string;
  env: Record<string, string>;
  /** `COPY --from=build src dest`, src absolute in the build stage, dest absolute in the image. */
  copies: { from: string; to: string }[];
  /** Directories created and handed to the runtime user (everything else is root's and read-only to it). */
  writable: string[];
  user: { uid: number; gid: number };
  cmd: string[];
}

/** Joins backslash-continued lines and drops comments. */
function instructions(dockerfile: string): string[] {
  const out: string[] = [];
  let current = '';
  for (const raw of dockerfile.split('\n')) {
    const line = raw.trimEnd();
    if (!current && (line.trim() === '' || line.trim().startsWith('#'))) continue;
    if (line.endsWith('\\')) {
      current += line.slice(0, -1) + ' ';
      continue;
    }
    out.push((current + line).trim());
    current = '';
  }
  return out;
}

/** Parses the stage named `runtime`; `args` gives build-arg values (defaults from the ARG lines otherwise). */
export function parseRuntimeStage(dockerfile: string, args: Record<string, string> = {}): RuntimeStage {
  const all = instructions(dockerfile);
  const start = all.findIndex((i) => /^FROM\s+\S+\s+AS\s+runtime$/i.test(i));
  if (start < 0) throw new Error('Dockerfile: no stage named runtime');
  const stage: RuntimeStage = { workdir: '/', env: {}, copies: [], writable: [], user: { uid: 0, gid: 0 }, cmd: [] };
  const argValues: Record<string, string> = {};
  const expand = (s: string) => s.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => argValues[a ?? b] ?? stage.env[a ?? b] ?? '');
  const abs = (p: string) => path.posix.resolve(stage.workdir, p);
  for (const ins of all.slice(start + 1)) {
    const [, op, rest] = /^(\w+)\s+(.*)$/.exec(ins) ?? [];
    switch (op?.toUpperCase()) {
      case 'FROM':
        return stage; // the next stage starts
      case 'ARG': {
        const [name, def] = rest.split('=');
        argValues[name] = args[name] ?? JSON.parse(def ?? '""');
        break;
      }
      case 'ENV':
        for (const m of rest.matchAll(/(\w+)=("[^"]*"|\S*)/g)) stage.env[m[1]] = expand(m[2].replace(/^"|"$/g, ''));
        break;
      case 'WORKDIR':
        stage.workdir = abs(rest);
        break;
      case 'COPY': {
        const m = /^--from=build\s+(\S+)\s+(\S+)$/.exec(rest);
        if (!m) throw new Error(`Dockerfile runtime stage: unsupported COPY ${rest}`);
        stage.copies.push({ from: m[1], to: abs(m[2]) });
        break;
      }
      case 'RUN': {
        const m = /^mkdir -p ((?:\S+ ?)+?)\s*&&\s*chown (\d+):(\d+) ((?:\S+ ?)+)$/.exec(rest);
        if (!m || m[1].trim() !== m[4].trim()) throw new Error(`Dockerfile runtime stage: unsupported RUN ${rest}`);
        stage.writable.push(...m[1].trim().split(/\s+/).map(abs));
        break;
      }
      case 'USER': {
        const [uid, gid] = rest.split(':').map(Number);
        stage.user = { uid, gid: gid ?? uid };
        break;
      }
      case 'CMD':
        stage.cmd = JSON.parse(rest) as string[];
        break;
      case 'EXPOSE':
        break;
      default:
        throw new Error(`Dockerfile runtime stage: unsupported instruction ${ins}`);
    }
  }
  return stage;
}

/**
 * Replays the stage's COPY and RUN steps: `buildRoot` stands for the build stage's /src, `imageRoot` for the
 * image's /. Copied files become read-only (the Deployment's readOnlyRootFilesystem); writable directories are
 * chowned to the stage's user when running as root.
 */
export function assembleImage(stage: RuntimeStage, buildRoot: string, imageRoot: string, buildStageRoot = '/src'): void {
  const local = (root: string, p: string, prefix: string) => {
    if (!p.startsWith(prefix + '/')) throw new Error(`${p} is not under ${prefix}`);
    return path.join(root, p.slice(prefix.length));
  };
  for (const { from, to } of stage.copies) {
    const src = local(buildRoot, from, buildStageRoot);
    if (!fs.existsSync(src)) throw new Error(`COPY --from=build ${from}: ${src} does not exist (build with LANTERN_STANDALONE=1 first)`);
    // `COPY dir dest` copies the directory's contents, like cp -r dir/. dest
    fs.cpSync(src, local(imageRoot, to, ''), { recursive: true, verbatimSymlinks: true });
  }
  const writable = stage.writable.map((w) => local(imageRoot, w, ''));
  for (const w of writable) fs.mkdirSync(w, { recursive: true });
  makeReadOnly(imageRoot, new Set(writable));
  for (const w of writable) {
    fs.chmodSync(w, 0o755);
    if (process.getuid?.() === 0) fs.chownSync(w, stage.user.uid, stage.user.gid);
  }
}

function makeReadOnly(dir: string, keep: Set<string>) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (keep.has(p) || entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      makeReadOnly(p, keep);
      fs.chmodSync(p, 0o555);
    } else {
      fs.chmodSync(p, fs.statSync(p).mode & 0o555);
    }
  }
}

/** Undoes makeReadOnly so the tree can be deleted by a non-root user. */
export function makeWritable(dir: string) {
  fs.chmodSync(dir, 0o755);
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) makeWritable(path.join(dir, entry.name));
  }
}
