'use client';

import { useEffect, useRef, useState } from 'react';
import { formatLocalTimestamp } from '@/lib/time/format';
import { describeRelativeRange, QUICK_RANGES, quickRange, zoomOutRange } from '@/lib/time/quick-ranges';
import { isRelativeExpr, validateRange } from '@/lib/time/time-expr';
import { useTimeRange } from '@/lib/time/use-time-range';

/** The header's time range control: quick ranges, custom from/to (relative or absolute) and zoom out. */
export function TimeRangePicker() {
  const { from, to, resolved, nowMs, setRange, zoomTo } = useTimeRange();
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState({ from, to });
  const [error, setError] = useState<string | null>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => rootRef.current?.contains(e.target as Node) || setOpen(false);
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setOpen(false);
    document.addEventListener('mousedown', onDown);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onDown);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const toggle = () => {
    if (!open) {
      setDraft({ from, to });
      setError(null);
    }
    setOpen(!open);
  };

  const apply = (e: React.FormEvent) => {
    e.preventDefault();
    const result = validateRange(draft, Date.now());
    if (!result.ok) {
      setError(result.error); // keep the typed text so it can be corrected
      return;
    }
    setRange({ from: draft.from.trim(), to: draft.to.trim() });
    setOpen(false);
  };

  const label = describeRelativeRange({ from, to }) ?? `${displayExpr(from)} → ${displayExpr(to)}`;

  return (
    <div className="time-picker" ref={rootRef} data-testid="time-picker">
      <button
        type="button"
        className="btn btn--ghost"
        title="Zoom out"
        data-testid="time-zoom-out"
        disabled={!resolved.ok}
        onClick={() => {
          if (!resolved.ok) return;
          const r = zoomOutRange(resolved, Math.max(nowMs, Date.now()));
          zoomTo(r.startMs, r.endMs);
        }}
      >
        −
      </button>
      <button
        type="button"
        className={`btn time-picker__button${resolved.ok ? '' : ' is-invalid'}`}
        aria-expanded={open}
        onClick={toggle}
        data-testid="time-range-button"
        suppressHydrationWarning
        title={resolved.ok ? `${formatLocalTimestamp(resolved.startMs)} → ${formatLocalTimestamp(resolved.endMs)}` : resolved.error}
      >
        <span aria-hidden>◷ </span>
        <span suppressHydrationWarning>{resolved.ok ? label : 'Invalid time range'}</span>
      </button>
      {open && (
        <div className="popover time-picker__popover" role="dialog" aria-label="Time range" data-testid="time-picker-popover">
          <form className="time-picker__custom" onSubmit={apply}>
            <label>
              From
              <input
                className={`input${error?.startsWith('From') ? ' is-invalid' : ''}`}
                value={draft.from}
                onChange={(e) => setDraft({ ...draft, from: e.target.value })}
                placeholder="now-1h"
                spellCheck={false}
                data-testid="time-from-input"
              />
            </label>
            <label>
              To
              <input
                className={`input${error?.startsWith('To') ? ' is-invalid' : ''}`}
                value={draft.to}
                onChange={(e) => setDraft({ ...draft, to: e.target.value })}
                placeholder="now"
                spellCheck={false}
                data-testid="time-to-input"
              />
            </label>
            {error && (
              <div className="form-error" role="alert" data-testid="time-range-error">
                {error}
              </div>
            )}
            <p className="hint">Relative (now-15m, now-1h30m, now-7d) or absolute (2026-11-21T23:00:00Z, epoch ms).</p>
            <button type="submit" className="btn btn--primary" data-testid="time-apply">
              Apply time range
            </button>
          </form>
          <ul className="time-picker__quick">
            {QUICK_RANGES.map((d) => {
              const r = quickRange(d);
              const active = r.from === from && r.to === to;
              return (
                <li key={d}>
                  <button
                    type="button"
                    className={`time-picker__quick-item${active ? ' is-active' : ''}`}
                    data-testid={`time-quick-${d}`}
                    onClick={() => {
                      setRange(r);
                      setOpen(false);
                    }}
                  >
                    {describeRelativeRange(r)}
                  </button>
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </div>
  );
}

function displayExpr(expr: string): string {
  if (isRelativeExpr(expr)) return expr;
  const ms = /^\d+$/.test(expr) ? Number(expr) : Date.parse(expr);
  return Number.isFinite(ms) ? formatLocalTimestamp(ms).slice(0, 19) : expr;
}
