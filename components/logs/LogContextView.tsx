'use client';

import { ErrorPanel } from '@/components/ui/ErrorPanel';
import { useLogContext } from '@/lib/queries/logs/use-log-context';
import type { LogEntry } from '@/lib/queries/types';
import { formatLocalTimestamp } from '@/lib/time/format';
import { LineText } from './LineText';
import { nsToMs } from './logs-params';

function ContextLine({ entry, current, testId }: { entry: LogEntry; current?: boolean; testId: string }) {
  return (
    <div className={`log-context__line${current ? ' is-current' : ''}`} data-testid={testId} data-ts={entry.tsNs}>
      <time className="log-row__ts">{formatLocalTimestamp(nsToMs(entry.tsNs))}</time>
      <span className="log-row__line">
        <LineText line={entry.line} />
      </span>
    </div>
  );
}

/** Lines before and after the selected one from the same stream, 10 at a time, as many steps as wanted. */
export function LogContextView({ entry }: { entry: LogEntry }) {
  const { context, loading, error, more } = useLogContext(entry);
  if (!context) return null;
  return (
    <section className="log-context" data-testid="log-context" aria-label="Log context">
      <h3 className="log-context__title">
        Context <span className="hint">same stream, {context.before.length} before · {context.after.length} after</span>
      </h3>
      {error ? <ErrorPanel error={error} title="Context failed" testId="log-context-error" /> : null}
      <button
        type="button"
        className="btn"
        disabled={!context.next.before || loading !== null}
        onClick={() => more('before')}
        data-testid="context-more-before"
      >
        {loading === 'before' ? 'Loading…' : context.next.before ? `${context.step} earlier lines` : 'No earlier lines'}
      </button>
      <div className="log-context__lines">
        {context.before.map((e, i) => (
          <ContextLine key={`b${i}`} entry={e} testId="context-before" />
        ))}
        <ContextLine entry={entry} current testId="context-current" />
        {context.after.map((e, i) => (
          <ContextLine key={`a${i}`} entry={e} testId="context-after" />
        ))}
      </div>
      <button
        type="button"
        className="btn"
        disabled={!context.next.after || loading !== null}
        onClick={() => more('after')}
        data-testid="context-more-after"
      >
        {loading === 'after' ? 'Loading…' : context.next.after ? `${context.step} later lines` : 'No later lines'}
      </button>
    </section>
  );
}
