import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { assembleImage, makeWritable, parseRuntimeStage } from './image-layout';

const ROOT = path.resolve(__dirname, '../..');
const dockerfile = fs.readFileSync(path.join(ROOT, 'Dockerfile'), 'utf8');
const dirs: string[] = [];
const tempDir = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-layout-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) {
    makeWritable(d);
    fs.rmSync(d, { recursive: true, force: true });
  }
});

describe('the Dockerfile runtime stage', () => {
  const stage = parseRuntimeStage(dockerfile);

  it('runs the standalone server from /app as a non-root user, listening on all interfaces', () => {
    expect(stage.workdir).toBe('/app');
    expect(stage.cmd).toEqual(['node', 'server.js']);
    expect(stage.user.uid).toBe(65532);
    expect(stage.env).toMatchObject({ HOST: '0.0.0.0', HOSTNAME: '0.0.0.0', PORT: '3000', NODE_ENV: 'production', LANTERN_BASE_PATH: '' });
  });

  it('copies the standalone server, its static assets and both migration folders', () => {
    expect(stage.copies).toEqual([
      { from: '/src/.next/standalone', to: '/app' },
      { from: '/src/.next/static', to: '/app/.next/static' },
      { from: '/src/prisma/sqlite/migrations', to: '/app/prisma/sqlite/migrations' },
      { from: '/src/prisma/postgres/migrations', to: '/app/prisma/postgres/migrations' },
    ]);
  });

  it('makes writable exactly the directories the Deployment mounts volumes on (besides /tmp)', () => {
    const deployment = fs.readFileSync(path.join(ROOT, 'deploy/kubernetes/deployment.yaml'), 'utf8');
    const mounts = [...deployment.matchAll(/mountPath: (\S+)/g)].map((m) => m[1]).filter((m) => m !== '/tmp');
    expect(stage.writable.sort()).toEqual(mounts.sort());
  });

  it('bakes a build-arg base path into the runtime environment', () => {
    expect(parseRuntimeStage(dockerfile, { LANTERN_BASE_PATH: '/lantern' }).env.LANTERN_BASE_PATH).toBe('/lantern');
  });

  it('refuses instructions it cannot replay', () => {
    const extra = dockerfile.replace('USER 65532:65532', 'RUN chmod -R 777 /app\nUSER 65532:65532');
    expect(() => parseRuntimeStage(extra)).toThrow(/unsupported RUN chmod -R 777 \/app/);
  });
});

describe('the Dockerfile deps stage', () => {
  const deps = /FROM \S+ AS deps\n([\s\S]*?)\nFROM /.exec(dockerfile)![1];
  const copied = [...deps.matchAll(/^COPY (\S+) /gm)].map((m) => m[1]);
  const covered = (file: string) => copied.some((c) => file === c || file.startsWith(`${c}/`));

  /** Repo files the postinstall step loads: the Prisma config and every relative import it pulls in. */
  function localImports(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
    for (const m of text.matchAll(/^import [^'"]*['"](\.{1,2}\/[^'"]+)['"]/gm)) {
      const target = path.posix.join(path.posix.dirname(file), m[1]);
      const withExt = ['', '.ts', '.mjs', '.js'].map((e) => target + e).find((f) => fs.existsSync(path.join(ROOT, f)) && fs.statSync(path.join(ROOT, f)).isFile());
      if (withExt) localImports(withExt, seen);
    }
    return seen;
  }

  it('copies everything `prisma generate` (postinstall) loads before npm ci, and nothing is left out', () => {
    const needed = [...localImports('prisma.config.ts'), ...localImports('lib/devstack/cli/postinstall.mjs'), 'prisma/sqlite/schema.prisma', 'prisma/postgres/schema.prisma'];
    expect(needed.filter((f) => !covered(f))).toEqual([]);
    expect(needed).toContain('lib/db/url.ts');
  });
});

describe('assembleImage', () => {
  /** A fake build output with the folders the runtime stage copies. */
  function fakeBuild(): string {
    const src = tempDir();
    const files = {
      '.next/standalone/server.js': 'server',
      '.next/standalone/node_modules/x/index.js': 'x',
      '.next/static/chunks/a.js': 'a',
      'prisma/sqlite/migrations/1_init/migration.sql': 'create table t (id int);',
      'prisma/postgres/migrations/1_init/migration.sql': 'create table t (id int);',
    };
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(src, f)), { recursive: true });
      fs.writeFileSync(path.join(src, f), text);
    }
    return src;
  }

  it('lays the files out as the image does, read-only except the writable directories', () => {
    const image = tempDir();
    assembleImage(parseRuntimeStage(dockerfile), fakeBuild(), image);
    const app = path.join(image, 'app');
    for (const f of ['server.js', 'node_modules/x/index.js', '.next/static/chunks/a.js', 'prisma/sqlite/migrations/1_init/migration.sql', 'prisma/postgres/migrations/1_init/migration.sql']) {
      expect(fs.existsSync(path.join(app, f)), f).toBe(true);
    }
    const writable = (p: string) => (fs.statSync(path.join(app, p)).mode & 0o222) !== 0;
    expect(writable('server.js')).toBe(false);
    expect(writable('.')).toBe(false);
    expect(writable('.next')).toBe(false);
    expect(writable('data')).toBe(true);
    expect(writable('.next/cache')).toBe(true);
    if (process.getuid?.() === 0) expect(fs.statSync(path.join(app, 'data')).uid).toBe(65532);
  });

  it('fails when a copied folder is missing from the build', () => {
    const src = fakeBuild();
    fs.rmSync(path.join(src, '.next/static'), { recursive: true });
    expect(() => assembleImage(parseRuntimeStage(dockerfile), src, tempDir())).toThrow(/\.next\/static does not exist/);
  });
});
