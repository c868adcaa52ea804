/** The frontend's nginx: combined access log with timings and upstream, errors on stderr. */
import { errorRatio, latencySeconds, requestRate } from '../../cluster/traffic';
import { type Bucket, countFor, emit, pick, someNanos, startsHere, uuidFrom } from '../bucket';
import { CHAIN_RPS_PER_REPLICA, checkoutChains } from '../chains';
import { nginxErrorTime, nginxTime } from '../time-format';

const AGENTS = [
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14.7; rv:132.0) Gecko/20100101 Firefox/132.0',
  'kube-probe/1.31',
  'curl/8.5.0',
];

const UPSTREAM: Record<string, string> = { '/': '-', '/static/app.js': '-', '/api/checkout': '10.96.41.7:8080' };

interface Access {
  method: string;
  path: string;
  status: number;
  latencyS: number;
  reqID: string;
}

function clientIP(rnd: () => number): string {
  return `10.244.${Math.floor(rnd() * 3)}.${1 + Math.floor(rnd() * 250)}`;
}

function accessLine(b: Bucket, a: Access): string {
  const { rnd } = b;
  const bytes = a.status >= 500 ? 157 : a.path === '/static/app.js' ? 48213 : a.path === '/' ? 6120 : 312;
  const upstream = UPSTREAM[a.path] ?? '-';
  const rt = a.latencyS.toFixed(3);
  const urt = upstream === '-' ? '-' : (a.latencyS * 0.97).toFixed(3);
  const referer = a.path === '/' ? '-' : 'https://shop.demo.local/';
  return (
    `${clientIP(rnd)} - - [${nginxTime(b.sec)}] "${a.method} ${a.path} HTTP/1.1" ${a.status} ${bytes} "${referer}" ` +
    `"${pick(rnd, AGENTS.slice(0, 3))}" rt=${rt} uct="${upstream === '-' ? '-' : '0.001'}" urt="${urt}" upstream=${upstream} reqID=${a.reqID}`
  );
}

export function nginx(b: Bucket): void {
  const { pod, rnd, sec } = b;
  const tMs = sec * 1000;
  if (startsHere(b)) {
    const n = someNanos(rnd) / 4;
    emit(b, n, `/docker-entrypoint.sh: Configuration complete; ready for start up`);
    emit(b, n + 1000, `${nginxErrorTime(sec)} [notice] 1#1: nginx/1.27.2`, 'stderr');
    emit(b, n + 2000, `${nginxErrorTime(sec)} [notice] 1#1: start worker processes`, 'stderr');
  }
  for (const c of checkoutChains(sec)) {
    if (c.replica.frontend !== pod.replica) continue;
    const latencyS = latencySeconds('frontend', tMs, c.u, c.failed) + 0.05;
    const status = c.failed ? 502 : 200;
    const nanos = c.nanos + Math.min(6e6, latencyS * 1e6);
    emit(b, nanos, accessLine(b, { method: 'POST', path: '/api/checkout', status, latencyS, reqID: c.reqID }));
    if (c.failed) {
      emit(
        b,
        nanos + 1,
        `${nginxErrorTime(sec)} [error] 29#29: *${(sec % 100000) * 7 + pod.replica} upstream prematurely closed connection while reading response header from upstream, ` +
          `client: ${clientIP(rnd)}, server: shop.demo.local, request: "POST /api/checkout HTTP/1.1", upstream: "http://10.96.41.7:8080/api/checkout", host: "shop.demo.local"`,
        'stderr',
      );
    }
  }
  const own = Math.max(0, requestRate(pod.workload.requestsPerSecond, pod.name, tMs) - CHAIN_RPS_PER_REPLICA.frontend);
  const n = countFor(own, rnd);
  for (let i = 0; i < n; i++) {
    const path = rnd() < 0.62 ? '/' : '/static/app.js';
    const failed = rnd() < errorRatio('frontend', tMs) / 2;
    const latencyS = latencySeconds('frontend', tMs, rnd(), false) / (path === '/' ? 1 : 3);
    emit(b, someNanos(rnd), accessLine(b, { method: 'GET', path, status: failed ? 503 : 200, latencyS, reqID: uuidFrom(rnd) }));
  }
  if (sec % 10 === pod.replica) {
    emit(b, someNanos(rnd), `${pod.node?.ip ?? '172.18.0.3'} - - [${nginxTime(sec)}] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31" rt=0.000 uct="-" urt="-" upstream=- reqID=-`);
  }
}
