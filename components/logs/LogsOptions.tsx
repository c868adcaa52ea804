import type { DedupMode } from '@/lib/logs/dedup';
import { DEDUP_MODES, LOG_LIMITS, MAX_LINE_CHOICES, logsParamChanges, type LogLimit, type LogsParams } from './logs-params';

interface LogsOptionsProps {
  params: LogsParams;
  update: (changes: Record<string, string | null | undefined>) => void;
}

const DEDUP_LABELS: Record<DedupMode, string> = { none: 'None', exact: 'Exact', numbers: 'Numbers', signature: 'Signature' };

/** The explorer's display options, each written to the URL. */
export function LogsOptions({ params, update }: LogsOptionsProps) {
  const set = (p: Partial<LogsParams>) => update(logsParamChanges(p));
  const toggle = (key: 'labels' | 'wrap' | 'pretty' | 'live', label: string) => (
    <label className="toggle">
      <input type="checkbox" checked={params[key]} onChange={(e) => set({ [key]: e.target.checked })} data-testid={`logs-toggle-${key}`} />
      {label}
    </label>
  );
  return (
    <section className="options-bar">
      <label className="field">
        Page
        <select className="select" value={params.limit} onChange={(e) => set({ limit: Number(e.target.value) as LogLimit })} data-testid="logs-limit">
          {LOG_LIMITS.map((l) => (
            <option key={l} value={l}>
              {l.toLocaleString('en')}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Max
        <select className="select" value={params.max} onChange={(e) => set({ max: Number(e.target.value) })} data-testid="logs-max">
          {[...new Set([...MAX_LINE_CHOICES, params.max])].sort((a, b) => a - b).map((m) => (
            <option key={m} value={m}>
              {m.toLocaleString('en')}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        Order
        <select
          className="select"
          value={params.dir}
          onChange={(e) => set({ dir: e.target.value === 'forward' ? 'forward' : 'backward' })}
          data-testid="logs-direction"
        >
          <option value="backward">Newest first</option>
          <option value="forward">Oldest first</option>
        </select>
      </label>
      <label className="field">
        Dedup
        <select className="select" value={params.dedup} onChange={(e) => set({ dedup: e.target.value as DedupMode })} data-testid="logs-dedup">
          {DEDUP_MODES.map((m) => (
            <option key={m} value={m}>
              {DEDUP_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      {toggle('labels', 'Labels')}
      {toggle('wrap', 'Wrap lines')}
      {toggle('pretty', 'Prettify JSON')}
      {toggle('live', 'Live tail')}
    </section>
  );
}
