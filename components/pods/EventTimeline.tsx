import type { EventSummary } from '@/lib/k8s/types';
import { ago } from '@/components/overview/links';

/** The pod's events, oldest first; Warnings stand out. Messages are text. */
export function EventTimeline({ events, nowMs }: { events: EventSummary[]; nowMs: number }) {
  if (!events.length) return <p className="muted">No events (Kubernetes keeps them for about an hour).</p>;
  return (
    <ol className="timeline" data-testid="pod-events">
      {events.map((e) => (
        <li key={e.uid} className={e.type === 'Warning' ? 'timeline__warning' : ''} data-testid="pod-event" data-reason={e.reason} data-at={e.lastTimestamp ?? ''}>
          <time className="muted" dateTime={e.lastTimestamp ?? undefined} title={e.lastTimestamp ?? ''}>
            {ago(e.lastTimestamp, nowMs)}
          </time>{' '}
          <strong className={e.type === 'Warning' ? 'bad' : ''}>{e.reason}</strong>
          {e.count > 1 ? <span className="muted"> ×{e.count}</span> : null} <span className="muted">{e.involvedObject.fieldPath ?? ''} {e.source}</span>
          <div className="timeline__message">{e.message}</div>
        </li>
      ))}
    </ol>
  );
}
