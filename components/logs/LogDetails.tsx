'use client';

import { IntentLink as Link } from '@/components/ui/IntentLink';
import { useSearchParams } from 'next/navigation';
import { useMemo, useState } from 'react';
import { entryFields, type LogField } from '@/lib/logs/fields';
import { rfc3339Nano } from '@/lib/logs/download';
import type { LogEntry } from '@/lib/queries/types';
import { withTimeParams } from '@/lib/time/url-params';
import { LineText } from './LineText';
import { LogContextView } from './LogContextView';

interface LogDetailsProps {
  entry: LogEntry;
  /** A link that reopens this view with this line selected. */
  lineLink: string;
  columns: readonly string[];
  onFilter: (field: LogField, mode: 'for' | 'out') => void;
  onToggleColumn: (name: string) => void;
  onClose: () => void;
}

/** The clicked line: its labels and parsed fields with filter and column actions, copy, pod link and context. */
export function LogDetails({ entry, lineLink, columns, onFilter, onToggleColumn, onClose }: LogDetailsProps) {
  const fields = useMemo(() => entryFields(entry), [entry]);
  const search = useSearchParams();
  const [copied, setCopied] = useState<'' | 'line' | 'link'>('');
  const [expanded, setExpanded] = useState(false);
  const copy = (what: 'line' | 'link', text: string) => {
    void navigator.clipboard?.writeText(text).then(
      () => setCopied(what),
      () => setCopied(''),
    );
  };
  const ns = entry.labels.namespace;
  const pod = entry.labels.pod;
  return (
    <aside className="log-details" data-testid="log-details" aria-label="Log line details">
      <header className="log-details__head">
        <span className="log-details__ts">{rfc3339Nano(entry.tsNs)}</span>
        <button type="button" className="btn" onClick={() => copy('line', entry.line)} data-testid="log-copy-line">
          {copied === 'line' ? 'Copied' : 'Copy line'}
        </button>
        <button type="button" className="btn" onClick={() => copy('link', lineLink)} data-testid="log-copy-link">
          {copied === 'link' ? 'Copied' : 'Copy link'}
        </button>
        {ns && pod && (
          <Link className="btn" href={withTimeParams(`/pods/${encodeURIComponent(ns)}/${encodeURIComponent(pod)}`, search)} data-testid="log-pod-link">
            Pod {ns}/{pod}
          </Link>
        )}
        <button type="button" className="btn btn--ghost" onClick={onClose} aria-label="Close details" data-testid="log-details-close">
          ×
        </button>
      </header>
      <pre className="log-details__line" data-testid="log-details-line">
        <LineText line={entry.line} expanded={expanded} onExpand={() => setExpanded(true)} />
      </pre>
      <table className="log-fields" data-testid="log-fields">
        <tbody>
          {fields.map((f, i) => (
            <tr key={`${f.source}:${f.name}:${i}`} data-testid="log-field" data-field={f.name} data-source={f.source}>
              <td className="log-fields__source">{f.source}</td>
              <th className="log-fields__name">{f.name}</th>
              <td className="log-fields__value">{f.value}</td>
              <td className="log-fields__actions">
                {f.label !== undefined && (
                  <>
                    <button type="button" className="btn btn--icon" title="Filter for value" onClick={() => onFilter(f, 'for')} data-testid="field-filter-for">
                      +
                    </button>
                    <button type="button" className="btn btn--icon" title="Filter out value" onClick={() => onFilter(f, 'out')} data-testid="field-filter-out">
                      −
                    </button>
                  </>
                )}
                <button
                  type="button"
                  className={`btn btn--icon${columns.includes(f.name) ? ' is-active' : ''}`}
                  title={columns.includes(f.name) ? 'Remove column' : 'Show as column'}
                  onClick={() => onToggleColumn(f.name)}
                  data-testid="field-column"
                >
                  ▥
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <LogContextView entry={entry} />
    </aside>
  );
}
