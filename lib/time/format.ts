/** Local wall-clock time for axes and tooltips; `withDate` adds the day for ranges longer than a day. */
export function formatLocalTime(ms: number, withDate: boolean, withSeconds = false): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}${withSeconds ? `:${pad(d.getSeconds())}` : ''}`;
  return withDate ? `${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${time}` : time;
}

/** Full local timestamp with milliseconds, e.g. `2026-11-21 23:47:29.325`. */
export function formatLocalTimestamp(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ` +
    `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.${pad(d.getMilliseconds(), 3)}`
  );
}

/** The form written to the URL for absolute times (zoom, custom ranges): ISO-8601 UTC, unambiguous in shared links. */
export function toAbsoluteExpr(ms: number): string {
  return new Date(Math.round(ms)).toISOString();
}
