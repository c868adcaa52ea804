/** logfmt lines: coredns, Prometheus, fluent-bit, the crash-looping email sender and short-lived jobs. */
import { type Bucket, chance, emit, inSecond, nanosOf, pick, someNanos, startsHere } from '../bucket';
import { rfc3339Milli, rfc3339Nano } from '../time-format';

/** Quote a logfmt value when it needs it. */
export const lf = (v: string | number) => (typeof v === 'number' || /^[^\s"=]+$/.test(v) ? String(v) : JSON.stringify(v));

export function logfmtLine(b: Bucket, nanos: number, level: string, msg: string, kv: Record<string, string | number> = {}): string {
  const rest = Object.entries(kv).map(([k, v]) => ` ${k}=${lf(v)}`).join('');
  return `ts=${rfc3339Nano(b.sec, Math.floor(nanos))} level=${level} msg=${lf(msg)}${rest}`;
}

const NAMES = ['cart.shop.svc.cluster.local.', 'redis.shop.svc.cluster.local.', 'payment-api.payments.svc.cluster.local.', 'smtp.shop.svc.cluster.local.'];

function coredns(b: Bucket) {
  const { rnd } = b;
  if (!chance(rnd, 0.3)) return;
  const name = pick(rnd, NAMES);
  const nx = name.startsWith('smtp');
  const nanos = someNanos(rnd);
  emit(b, nanos, logfmtLine(b, nanos, 'info', 'query', { client: `10.244.1.${10 + Math.floor(rnd() * 20)}:${40000 + Math.floor(rnd() * 20000)}`, type: 'A', name, rcode: nx ? 'NXDOMAIN' : 'NOERROR', duration: `${(rnd() * 0.0004).toFixed(6)}s` }));
}

function prometheus(b: Bucket) {
  const { rnd, sec } = b;
  if (sec % 120 === 3) {
    const nanos = someNanos(rnd);
    emit(b, nanos, `ts=${rfc3339Milli(sec, nanos)} caller=head.go:1323 level=info component=tsdb msg="Head GC completed" caller=truncateMemory duration=${(2 + rnd() * 6).toFixed(3)}ms`);
  }
  if (sec % 30 === 11 && chance(rnd, 0.3)) {
    const nanos = someNanos(rnd);
    emit(b, nanos, `ts=${rfc3339Milli(sec, nanos)} caller=scrape.go:1777 level=warn component="scrape manager" scrape_pool=kubernetes-pods target=http://10.244.1.40:8080/metrics msg="Append failed" err="out of order sample"`);
  }
}

function emailSender(b: Bucket) {
  const { rnd, sec, window } = b;
  if (startsHere(b)) {
    const nanos = someNanos(rnd) / 2;
    emit(b, nanos, logfmtLine(b, nanos, 'info', 'starting email-sender', { version: '0.7.3' }));
    emit(b, nanos + 5e6, logfmtLine(b, nanos + 5e6, 'info', 'connecting to SMTP relay', { addr: 'smtp.shop.svc:587' }));
  }
  if (window.endReason === 'Error' && inSecond(sec, window.endMs - 100)) {
    const nanos = nanosOf(window.endMs - 100);
    emit(b, nanos, logfmtLine(b, nanos, 'error', 'dial failed, giving up', { attempt: 5 }), 'stderr');
    const fatal = (b.pod.behaviour.kind === 'crashloop' && b.pod.behaviour.message) || 'level=fatal msg="exiting"';
    emit(b, nanos + 1, `ts=${rfc3339Nano(sec, nanos + 1)} ${fatal}`, 'stderr');
  } else if (sec % 5 === 0) {
    const nanos = someNanos(rnd);
    emit(b, nanos, logfmtLine(b, nanos, 'warn', 'dial failed, retrying', { addr: 'smtp.shop.svc:587', err: 'dial tcp: lookup smtp.shop.svc: no such host' }), 'stderr');
  }
}

function job(b: Bucket, steps: string[]) {
  const { rnd, sec, window } = b;
  const i = sec - Math.floor(window.startMs / 1000);
  if (i >= 0 && i < steps.length * 4 && i % 4 === 0) {
    const nanos = someNanos(rnd);
    emit(b, nanos, logfmtLine(b, nanos, 'info', steps[i / 4], { step: i / 4 + 1, of: steps.length }));
  }
  if (window.endReason === 'Completed' && inSecond(sec, window.endMs - 50)) {
    const nanos = nanosOf(window.endMs - 50);
    emit(b, nanos, logfmtLine(b, nanos, 'info', 'done', { duration: `${Math.round((window.endMs - window.startMs) / 1000)}s` }));
  }
}

export function logfmt(b: Bucket): void {
  const { pod, container, rnd } = b;
  switch (container.name) {
    case 'coredns':
      return coredns(b);
    case 'prometheus':
      return prometheus(b);
    case 'email-sender':
      return emailSender(b);
    case 'migrate':
      return job(b, ['applying migration 0041_orders_index', 'applying migration 0042_cart_ttl', 'migrations complete']);
    case 'warmer':
      return job(b, ['warming product cache', 'warmed 1024 keys', 'warming search index']);
    case 'wait-for-redis':
      return job(b, ['waiting for redis.shop.svc:6379']);
    case 'log-shipper':
      if (b.sec % 60 === pod.replica * 7) {
        const nanos = someNanos(rnd);
        emit(b, nanos, logfmtLine(b, nanos, 'info', 'flush', { output: 'loki.0', records: Math.floor(200 + rnd() * 400), retries: 0 }));
      }
      return;
    default:
      if (chance(rnd, 0.02)) {
        const nanos = someNanos(rnd);
        emit(b, nanos, logfmtLine(b, nanos, 'info', 'heartbeat'));
      }
  }
}
