'use client';

import { useId, useMemo, useRef, useState } from 'react';
import { countSelector, type Picked, pickedSelector, streamCounts, togglePick, valueRows } from '@/lib/logs/label-browser';
import { useLabelValues, useLokiLabelNames, useLokiSeries } from '@/lib/queries/hooks';
import { type CompletionRange, snapRange } from '@/lib/queries/logql-completion';
import './label-browser.css';

interface LabelBrowserProps {
  range: CompletionRange;
  /** Put the built selector into the editor. */
  onUse: (selector: string) => void;
  /** Put it into the editor and run it. */
  onRun: (selector: string) => void;
}

const MAX_ROWS = 500;

/**
 * A button opening the label browser: Loki's label names for the range; a label's values with the number of streams
 * each has under the other picks (from `/api/loki/series`: Loki 2.x has no volume endpoint); values searched and
 * multi-picked; the selector they build, used or run. Label names and values are untrusted and rendered as text.
 */
export function LabelBrowser({ range, onUse, onRun }: LabelBrowserProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  return (
    <div className="label-browser">
      <button
        ref={button}
        type="button"
        className="btn"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
        data-testid="label-browser-toggle"
      >
        Label browser
      </button>
      {open && (
        <LabelBrowserPanel
          id={panelId}
          range={range}
          onClose={close}
          onUse={(s) => {
            onUse(s);
            close();
          }}
          onRun={(s) => {
            onRun(s);
            close();
          }}
        />
      )}
    </div>
  );
}

function LabelBrowserPanel({ id, range, onClose, onUse, onRun }: LabelBrowserProps & { id: string; onClose: () => void }) {
  const snapped = snapRange(range);
  const names = useLokiLabelNames(snapped);
  const [active, setActive] = useState('');
  const [picked, setPicked] = useState<Picked>({});
  const selector = pickedSelector(picked);

  return (
    <section
      id={id}
      className="popover label-browser__panel"
      role="dialog"
      aria-label="Label browser"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onClose();
        }
      }}
      data-testid="label-browser"
    >
      <div className="label-browser__names" role="group" aria-label="Labels">
        {names.isPending && <span className="hint">Loading labels…</span>}
        {names.error && <span className="bad">Labels unavailable: {(names.error as Error).message}</span>}
        {names.data?.length === 0 && <span className="hint">No labels in this time range</span>}
        {names.data?.map((n) => (
          <button
            key={n}
            type="button"
            className={`btn btn--ghost label-browser__name${active === n ? ' is-active' : ''}`}
            aria-pressed={active === n}
            onClick={() => setActive(active === n ? '' : n)}
            data-testid="label-browser-name"
          >
            {n}
            {picked[n]?.length ? <span className="label-browser__picked"> ({picked[n].length})</span> : null}
          </button>
        ))}
      </div>
      {active && <LabelValues key={active} label={active} range={snapped} picked={picked} onToggle={(v) => setPicked((p) => togglePick(p, active, v))} />}
      <div className="label-browser__footer">
        <output className="label-browser__preview" aria-label="Selector preview" data-testid="label-browser-selector">
          {selector || 'Pick label values to build a selector'}
        </output>
        <button type="button" className="btn" disabled={!selector} onClick={() => onUse(selector)}>
          Use query
        </button>
        <button type="button" className="btn btn--primary" disabled={!selector} onClick={() => onRun(selector)}>
          Run
        </button>
        <button type="button" className="btn btn--ghost" disabled={!selector} onClick={() => setPicked({})}>
          Clear
        </button>
        <button type="button" className="btn btn--ghost" onClick={onClose} aria-label="Close label browser">
          ✕
        </button>
      </div>
    </section>
  );
}

interface LabelValuesProps {
  label: string;
  range: { start: number; end: number };
  picked: Picked;
  onToggle: (value: string) => void;
}

function LabelValues({ label, range, picked, onToggle }: LabelValuesProps) {
  const [search, setSearch] = useState('');
  const values = useLabelValues({ datasource: 'loki', name: label, ...range });
  const series = useLokiSeries({ match: countSelector(picked, label), ...range });
  const counts = useMemo(() => streamCounts(series.data ?? [], label), [series.data, label]);
  const rows = useMemo(() => valueRows(values.data ?? [], counts, search), [values.data, counts, search]);
  const chosen = picked[label] ?? [];
  return (
    <div className="label-browser__values">
      <input
        type="search"
        className="input"
        placeholder={`Search ${label} values`}
        aria-label={`Search values of ${label}`}
        value={search}
        onChange={(e) => setSearch(e.target.value)}
        autoFocus
        data-testid="label-browser-search"
      />
      {values.error && <p className="bad">Values unavailable: {(values.error as Error).message}</p>}
      {series.error && <p className="hint">Stream counts unavailable: {(series.error as Error).message}</p>}
      {values.isPending && <p className="hint">Loading values…</p>}
      <ul className="label-browser__list" role="group" aria-label={`Values of ${label}`} aria-busy={series.isFetching}>
        {rows.slice(0, MAX_ROWS).map((r) => (
          <li key={r.value} data-testid="label-browser-value" data-value={r.value} data-count={series.data ? r.count : undefined}>
            <label>
              <input type="checkbox" checked={chosen.includes(r.value)} onChange={() => onToggle(r.value)} aria-label={r.value} />
              <span className="label-browser__value">{r.value}</span>
              <span className="label-browser__count">{series.data ? `${r.count.toLocaleString('en')} ${r.count === 1 ? 'stream' : 'streams'}` : '…'}</span>
            </label>
          </li>
        ))}
      </ul>
      {rows.length > MAX_ROWS && <p className="hint">{(rows.length - MAX_ROWS).toLocaleString('en')} more: narrow the search</p>}
    </div>
  );
}
