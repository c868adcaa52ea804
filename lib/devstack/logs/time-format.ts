/** Timestamp renderings used by the log formats; all take whole seconds plus nanoseconds so nothing is rounded. */

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface Parts {
  y: number;
  mo: number;
  d: number;
  h: string;
  mi: string;
  s: string;
}

// Formats are called for many lines of the same second: keep the last second's calendar parts.
let lastSec = NaN;
let lastParts: Parts;

function parts(sec: number): Parts {
  if (sec === lastSec) return lastParts;
  const d = new Date(sec * 1000);
  lastSec = sec;
  return (lastParts = {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth(),
    d: d.getUTCDate(),
    h: pad(d.getUTCHours(), 2),
    mi: pad(d.getUTCMinutes(), 2),
    s: pad(d.getUTCSeconds(), 2),
  });
}

/** Loki's wire form: nanoseconds since the epoch as a decimal string (19 digits for any date after 2001). */
export const tsNs = (sec: number, nanos: number) => `${sec}${pad(nanos, 9)}`;

/** RFC 3339 with nanoseconds: 2026-11-21T23:47:29.325036376Z */
export function rfc3339Nano(sec: number, nanos: number): string {
  const p = parts(sec);
  return `${p.y}-${pad(p.mo + 1, 2)}-${pad(p.d, 2)}T${p.h}:${p.mi}:${p.s}.${pad(nanos, 9)}Z`;
}

/** RFC 3339 with milliseconds, as Prometheus and Go's slog print it. */
export function rfc3339Milli(sec: number, nanos: number): string {
  const p = parts(sec);
  return `${p.y}-${pad(p.mo + 1, 2)}-${pad(p.d, 2)}T${p.h}:${p.mi}:${p.s}.${pad(Math.floor(nanos / 1e6), 3)}Z`;
}

/** klog header time: 1121 23:47:29.325036 */
export function klogTime(sec: number, nanos: number): string {
  const p = parts(sec);
  return `${pad(p.mo + 1, 2)}${pad(p.d, 2)} ${p.h}:${p.mi}:${p.s}.${pad(Math.floor(nanos / 1000), 6)}`;
}

/** nginx $time_local: 21/Nov/2026:23:47:29 +0000 */
export function nginxTime(sec: number): string {
  const p = parts(sec);
  return `${pad(p.d, 2)}/${MONTHS[p.mo]}/${p.y}:${p.h}:${p.mi}:${p.s} +0000`;
}

/** nginx error log time: 2026/11/21 23:47:29 */
export function nginxErrorTime(sec: number): string {
  const p = parts(sec);
  return `${p.y}/${pad(p.mo + 1, 2)}/${pad(p.d, 2)} ${p.h}:${p.mi}:${p.s}`;
}

/** redis: 21 Nov 2026 23:47:29.325 */
export function redisTime(sec: number, nanos: number): string {
  const p = parts(sec);
  return `${pad(p.d, 2)} ${MONTHS[p.mo]} ${p.y} ${p.h}:${p.mi}:${p.s}.${pad(Math.floor(nanos / 1e6), 3)}`;
}

/** Spring Boot: 2026-11-21T23:47:29.325Z */
export const springTime = rfc3339Milli;
