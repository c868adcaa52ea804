/** Structured JSON logs of the shop's and payments' API services (cart, checkout, catalog, payment-api). */
import { ROUTES } from '../../cluster/topology';
import { errorRatio, latencySeconds, requestRate } from '../../cluster/traffic';
import { type Bucket, chance, countFor, emit, someNanos, startsHere, uuidFrom } from '../bucket';
import { CHAIN_RPS_PER_REPLICA, checkoutChains } from '../chains';
import { catalogExtras } from './catalog';
import { jsonLine } from './json-line';

const MESSAGES: Record<string, { ok: Record<string, string>; fail: string; error: string }> = {
  cart: {
    ok: { '/api/cart': 'cart loaded', '/api/cart/items': 'item added to cart' },
    fail: 'failed to load cart: redis: connection pool timeout',
    error: 'dial tcp 10.96.88.17:6379: i/o timeout',
  },
  checkout: {
    ok: { '/api/checkout': 'order placed' },
    fail: 'checkout failed: cart service returned 500',
    error: 'POST http://cart.shop.svc:8080/api/cart: 500 Internal Server Error',
  },
  catalog: {
    ok: { '/api/products': 'products listed', '/api/search': 'search' },
    fail: 'query failed: redis: connection pool timeout',
    error: 'dial tcp 10.96.88.17:6379: i/o timeout',
  },
  'payment-api': {
    ok: { '/v1/charges': 'charge created', '/v1/charges/{id}': 'charge fetched' },
    fail: 'charge failed: acquirer timeout',
    error: 'context deadline exceeded (Client.Timeout exceeded while awaiting headers)',
  },
};

function routeFor(app: string, u: number) {
  const routes = ROUTES[app] ?? [{ method: 'GET', path: '/', share: 1 }];
  let acc = 0;
  for (const r of routes) if (u < (acc += r.share)) return r;
  return routes[routes.length - 1];
}

function request(b: Bucket, nanos: number, method: string, path: string, failed: boolean, u: number, reqID: string) {
  const app = b.pod.app;
  const m = MESSAGES[app] ?? { ok: {}, fail: 'request failed', error: 'internal error' };
  const latencyMs = Math.round(latencySeconds(app, b.sec * 1000, u, failed) * 1000);
  const shownPath = path.replace('{id}', `ch_${reqID.slice(0, 8)}`);
  const base = { method, path: shownPath, status: failed ? 500 : method === 'POST' ? 201 : 200, latency_ms: latencyMs, reqID };
  if (failed) emit(b, nanos, jsonLine(b, nanos, 'error', { msg: m.fail, ...base, error: m.error }));
  else if (app === 'catalog') emit(b, nanos, catalogExtras(b, nanos, path, base));
  else emit(b, nanos, jsonLine(b, nanos, latencyMs > 1000 ? 'warn' : 'info', { msg: m.ok[path] ?? 'request served', ...base }));
}

/** Hops of checkout chains served by this pod. */
function chainRequests(b: Bucket) {
  const app = b.pod.app;
  if (app !== 'checkout' && app !== 'cart' && app !== 'payment-api') return;
  for (const c of checkoutChains(b.sec)) {
    if (c.replica[app] !== b.pod.replica) continue;
    if (app === 'cart') request(b, c.nanos + 2_100_000, 'GET', '/api/cart', c.failed, c.u, c.reqID);
    if (app === 'checkout') request(b, c.nanos + 1_300_000, 'POST', '/api/checkout', c.failed, c.u, c.reqID);
    if (app === 'payment-api' && !c.failed) request(b, c.nanos + 3_700_000, 'POST', '/v1/charges', false, c.u, c.reqID);
  }
}

export function jsonService(b: Bucket): void {
  const { pod, rnd, sec } = b;
  const tMs = sec * 1000;
  if (startsHere(b)) {
    const n = someNanos(rnd) / 4;
    emit(b, n, jsonLine(b, n, 'info', { msg: 'starting server', version: pod.containers[0].image.split(':')[1], addr: ':8080' }));
    emit(b, n + 1_000_000, jsonLine(b, n + 1_000_000, 'info', { msg: 'connected to redis', addr: 'redis.shop.svc:6379' }));
  }
  chainRequests(b);
  const chained = pod.app === 'cart' ? CHAIN_RPS_PER_REPLICA.cart : 0;
  const own = pod.app === 'checkout' ? 0 : Math.max(0, requestRate(pod.workload.requestsPerSecond, pod.name, tMs) - chained);
  const n = countFor(own, rnd);
  for (let i = 0; i < n; i++) {
    const r = routeFor(pod.app, rnd());
    const failed = rnd() < errorRatio(pod.app, tMs);
    const path = pod.app === 'payment-api' ? '/v1/charges/{id}' : r.path;
    request(b, someNanos(rnd), pod.app === 'payment-api' ? 'GET' : r.method, path, failed, rnd(), uuidFrom(rnd));
  }
  if (sec % 15 === pod.replica % 15 && chance(rnd, 0.5)) {
    const n2 = someNanos(rnd);
    emit(b, n2, jsonLine(b, n2, 'debug', { msg: 'pool stats', open: 12 + Math.floor(rnd() * 20), idle: Math.floor(rnd() * 8) }));
  }
}
