/**
 * Proves the container image's contents work, without Docker: replays the Dockerfile's runtime stage on the
 * local standalone build (lib/deploy/image-layout.ts), starts `node server.js` there as the image's non-root
 * user with the image's environment, against the demo stack, on a tree that is read-only except the image's
 * writable directories, and checks health, readiness, pages, assets and the database.
 *
 *   LANTERN_STANDALONE=1 NEXT_TELEMETRY_DISABLED=1 npx next build
 *   node --import tsx lib/deploy/standalone-check.ts [--keep]
 *
 * Exits 0 when every check passes; prints each check with its timing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { startDevstack } from '../devstack/stack';
import { runImage, waitForOk } from './run-image';

const root = path.resolve(__dirname, '..', '..');
const started = Date.now();
const say = (m: string) => console.log(`[standalone] ${((Date.now() - started) / 1000).toFixed(1)}s ${m}`);

async function main(): Promise<number> {
  if (!fs.existsSync(path.join(root, '.next', 'standalone', 'server.js'))) {
    console.error('No standalone build: run `LANTERN_STANDALONE=1 NEXT_TELEMETRY_DISABLED=1 npx next build` first.');
    return 2;
  }
  const stack = await startDevstack({ backfillHours: 0, log: () => {} });
  say('demo stack up');
  const image = await runImage({ buildRoot: root, env: stack.env });
  const { stage, imageRoot } = image;
  const cwd = path.join(imageRoot, stage.workdir);
  say(`image layout in ${imageRoot} (writable: ${stage.writable.join(', ')}, /tmp); ${stage.cmd.join(' ')} as uid ${image.uid ?? process.getuid?.()} on ${image.origin}`);

  const base = `${image.origin}${stage.env.LANTERN_BASE_PATH ?? ''}`;
  const failures: string[] = [];
  const check = async (name: string, fn: () => Promise<string | void>) => {
    const t = Date.now();
    try {
      const note = await fn();
      say(`ok   ${name}${note ? `: ${note}` : ''} (${Date.now() - t} ms)`);
    } catch (e) {
      failures.push(name);
      say(`FAIL ${name}: ${(e as Error).message}`);
    }
  };
  try {
    await check('GET /api/healthz answers 200', () => waitForOk(`${base}/api/healthz`, 60_000, image.exited));
    await check('GET /api/readyz: every datasource reachable', async () => {
      const r = (await (await fetch(`${base}/api/readyz?strict=1`)).json()) as { status: string; datasources: Record<string, { ok: boolean; error?: string }> };
      const down = Object.entries(r.datasources).filter(([, d]) => !d.ok);
      if (r.status !== 'ready') throw new Error(`status ${r.status}: ${down.map(([k, d]) => `${k} ${d.error}`).join('; ')}`);
      return Object.keys(r.datasources).join(', ');
    });
    let html = '';
    await check('GET /pods renders the demo cluster’s pods', async () => {
      const res = await fetch(`${base}/pods`);
      html = await res.text();
      if (res.status !== 200) throw new Error(`status ${res.status}`);
      const listed = stack.cluster.podsAt().filter((p) => html.includes(p.name));
      if (!listed.length) throw new Error('no demo pod name in the page');
      return `${listed.length} demo pods named in the HTML`;
    });
    await check('GET a JavaScript asset the page references', async () => {
      const src = /<script[^>]+src="([^"]*\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
      if (!src) throw new Error('no /_next/static script in the page');
      const res = await fetch(new URL(src, base));
      if (res.status !== 200 || !(res.headers.get('content-type') ?? '').includes('javascript')) throw new Error(`${src}: ${res.status}`);
      return src;
    });
    await check('the SQLite database on the writable volume is migrated and served', async () => {
      const res = await fetch(`${base}/api/dashboards`);
      if (res.status !== 200) throw new Error(`/api/dashboards: ${res.status} ${await res.text()}`);
      const db = path.join(imageRoot, 'app', 'data', 'lantern.db');
      if (!fs.existsSync(db)) throw new Error(`${db} not created`);
      return `${fs.statSync(db).size} bytes`;
    });
    await check('server.js binds to HOSTNAME (the variable the Deployment and the image set to 0.0.0.0)', async () => {
      const server = fs.readFileSync(path.join(cwd, 'server.js'), 'utf8');
      if (!/process\.env\.HOSTNAME/.test(server)) throw new Error('server.js no longer reads HOSTNAME: update deployment.yaml, the Dockerfile and lib/deploy/env-vars.ts');
    });
    await check('no write refused by the read-only layout', async () => {
      const output = image.output();
      const refused = /EACCES|EROFS|EPERM|read-only file system/i.exec(output);
      if (refused) throw new Error(output.slice(Math.max(0, refused.index - 300), refused.index + 300));
    });
  } finally {
    const keep = process.argv.includes('--keep');
    await image.close({ keep });
    await stack.close();
    if (keep) say(`kept ${imageRoot}`);
  }
  if (failures.length) console.error(`[standalone] server output:\n${image.output()}`);
  say(failures.length ? `${failures.length} check(s) failed` : 'all checks passed');
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e) => {
    console.error(`[standalone] ${(e as Error).stack ?? e}`);
    process.exit(1);
  },
);
