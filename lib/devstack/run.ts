/**
 * Start the demo stack (the parts not pointed at real servers) and the console on top of it.
 * Usage: node --import tsx lib/devstack/run.ts [--port 3000] [--host 127.0.0.1] [--stack-only] [--control-port N] [--extra-pods N]
 * With --control-port, `POST http://127.0.0.1:N/parts/{kubernetes|loki|prometheus}/{down|up}` takes a part
 * down and back (outage tests), and `POST http://127.0.0.1:N/pods/{namespace}/{name}/delete` deletes a demo pod the way
 * `kubectl delete pod` would (Terminating, then gone, with a replacement from its controller), so watch tests need not wait.
 * `POST http://127.0.0.1:N/kube/forbid` with `{"verb":"list","resource":"pods","namespace":"shop"}` makes the demo
 * Kubernetes API answer matching requests with RBAC's 403 Status (no namespace: every namespace; resource as RBAC names
 * it, "pods/log" for logs); `DELETE /kube/forbid` lifts every such rule.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import type { ForbidRule } from './kube-api';
import { startDevstack, type Devstack, type DevstackPart } from './stack';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main() {
  const root = path.resolve(__dirname, '..', '..');
  const port = arg('port') ?? process.env.PORT ?? '3000';
  const host = arg('host') ?? process.env.HOST ?? '127.0.0.1';
  const stackOnly = process.argv.includes('--stack-only');
  const say = (m: string) => console.log(`[lantern] ${m}`);
  const started = Date.now();
  const [stack] = await Promise.all([
    startDevstack({
      kubernetes: !process.env.KUBECONFIG,
      loki: !process.env.LOKI_URL,
      prometheus: !process.env.PROMETHEUS_URL,
      backfillHours: Number(arg('backfill-hours') ?? 1),
      extraPods: Number(arg('extra-pods') ?? 0),
      log: say,
    }),
    process.argv.includes('--build') ? import('./cli/setup.mjs').then((m) => m.ensureBuildAsync()) : undefined,
  ]);
  for (const w of stack.warnings) console.warn(`[lantern] WARNING: ${w}`);
  const controlPort = arg('control-port');
  if (controlPort) startControl(stack, Number(controlPort));
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await stack.close();
    process.exit(code);
  };
  if (stackOnly) {
    for (const [k, v] of Object.entries(stack.env)) console.log(`${k}=${v}`);
    process.on('SIGINT', () => void stop(0));
    process.on('SIGTERM', () => void stop(0));
    return;
  }
  const admin = demoAdmin(root);
  const next = spawn(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-H', host, '-p', port], {
    cwd: root,
    env: { ...process.env, ...stack.env, ...admin?.env, PORT: port, HOST: host, NEXT_TELEMETRY_DISABLED: '1' },
    stdio: 'inherit',
  });
  next.on('exit', (code) => void stop(code ?? 1));
  const forward = (sig: NodeJS.Signals) => () => {
    next.kill(sig);
    setTimeout(() => void stop(0), 5000).unref();
  };
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  say(`console starting on http://${host}:${port} (stack up in ${Math.round((Date.now() - started) / 1000)} s)`);
  if (admin) say(`sign in as ${admin.env.LANTERN_ADMIN_USER} with the password in ${admin.file}: ${admin.password}`);
}

/**
 * The demo signs in like a real deployment (LANTERN_AUTH defaults to builtin): unless the caller chose an auth mode or
 * an admin, the first admin is `admin` with a generated password kept in data/demo-admin-password (mode 600), so
 * restarts on the same demo database keep working. Created only when the database has no admin yet.
 */
function demoAdmin(root: string): { env: Record<string, string>; file: string; password: string } | undefined {
  if (process.env.LANTERN_AUTH || process.env.LANTERN_ADMIN_USER) return undefined;
  const file = path.join(root, 'data', 'demo-admin-password');
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, randomBytes(12).toString('base64url'), { mode: 0o600 });
  }
  const password = fs.readFileSync(file, 'utf8').trim();
  return { env: { LANTERN_ADMIN_USER: 'admin', LANTERN_ADMIN_PASSWORD_FILE: file }, file: path.relative(root, file), password };
}

const VERBS: readonly string[] = ['get', 'list', 'watch'] satisfies ForbidRule['verb'][];

/** `{verb, resource, namespace?}` from a control request's JSON body, or an error message. */
function parseForbidRule(text: string): ForbidRule | string {
  let b: { verb?: unknown; resource?: unknown; namespace?: unknown };
  try {
    b = JSON.parse(text) as typeof b;
  } catch {
    return 'the body must be JSON: {"verb":"list","resource":"pods","namespace":"shop"}';
  }
  if (typeof b.verb !== 'string' || !VERBS.includes(b.verb)) return `verb must be one of ${VERBS.join(', ')}`;
  if (typeof b.resource !== 'string' || !/^[a-z]+(\/[a-z]+)?$/.test(b.resource)) return 'resource must be a plural resource name such as "pods" or "pods/log"';
  if (b.namespace !== undefined && typeof b.namespace !== 'string') return 'namespace must be a string';
  return { verb: b.verb as ForbidRule['verb'], resource: b.resource, ...(b.namespace ? { namespace: b.namespace } : {}) };
}

function startControl(stack: Devstack, port: number) {
  const server = http.createServer((req, res) => {
    if (req.url === '/kube/forbid' && req.method === 'DELETE') {
      stack.allowAll();
      res.writeHead(204).end();
      return;
    }
    if (req.url === '/kube/forbid' && req.method === 'POST') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c: string) => (body += c));
      req.on('end', () => {
        const rule = parseForbidRule(body);
        if (typeof rule === 'string') {
          res.writeHead(400, { 'Content-Type': 'text/plain' }).end(rule);
          return;
        }
        stack.forbid(rule);
        res.writeHead(204).end();
      });
      return;
    }
    const del = /^\/pods\/([a-z0-9-]+)\/([a-z0-9.-]+)\/delete$/.exec(req.url ?? '');
    if (req.method === 'POST' && del) {
      try {
        const r = stack.cluster.deletePod(del[1], del[2]);
        res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(r));
      } catch (e) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end((e as Error).message);
      }
      return;
    }
    const m = /^\/parts\/(kubernetes|loki|prometheus)\/(up|down)$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !m) {
      res.writeHead(404).end();
      return;
    }
    try {
      stack.setUp(m[1] as DevstackPart, m[2] === 'up');
      res.writeHead(204).end();
    } catch (e) {
      res.writeHead(409, { 'Content-Type': 'text/plain' }).end((e as Error).message);
    }
  });
  server.listen(port, '127.0.0.1');
  server.unref();
}

main().catch((e) => {
  console.error(`[lantern] the demo stack could not start: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
