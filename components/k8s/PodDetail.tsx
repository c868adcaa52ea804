import Link from 'next/link';
import { withTimeParams } from '@/lib/time/url-params';
import type { ContainerSummary, EventSummary, PodSummary } from '@/lib/k8s/types';
import { ago, hrefs } from '@/components/overview/links';

export function PodHeader({ pod, time }: { pod: PodSummary; time: URLSearchParams }) {
  const facts: [string, React.ReactNode][] = [
    ['Status', <span key="s" className={pod.status === 'Running' || pod.status === 'Completed' ? 'ok' : 'bad'} data-testid="pod-status">{pod.status}</span>],
    ['Phase', pod.phase],
    ['Ready', pod.ready],
    ['Restarts', pod.restarts],
    ['Node', pod.node ? <Link key="n" href={withTimeParams(hrefs.node(pod.node), time)}>{pod.node}</Link> : '—'],
    ['Pod IP', pod.podIP ?? '—'],
    ['QoS', pod.qosClass ?? '—'],
    ['Owner', pod.owner ? `${pod.owner.kind}/${pod.owner.name}` : '—'],
    ['Created', pod.createdAt ?? '—'],
  ];
  return (
    <dl className="facts" data-testid="pod-facts">
      {facts.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
      <div className="facts__wide">
        <dt>Labels</dt>
        <dd>
          {Object.entries(pod.labels).map(([k, v]) => (
            <code key={k} className="chip">
              {k}={v}
            </code>
          ))}
        </dd>
      </div>
    </dl>
  );
}

function state(c: ContainerSummary) {
  return `${c.state}${c.reason ? ` (${c.reason}${c.exitCode !== null ? `, exit ${c.exitCode}` : ''})` : ''}`;
}

export function ContainersTable({ containers, nowMs }: { containers: ContainerSummary[]; nowMs: number }) {
  return (
    <table className="data-table" data-testid="containers">
      <thead>
        <tr>
          <th>Container</th>
          <th>Image</th>
          <th>State</th>
          <th>Ready</th>
          <th className="num">Restarts</th>
          <th>Last termination</th>
          <th>Requests</th>
          <th>Limits</th>
        </tr>
      </thead>
      <tbody>
        {containers.map((c) => (
          <tr key={c.name} data-testid="container-row">
            <td>{c.name}</td>
            <td className="muted">{c.image}</td>
            <td className={c.state === 'running' ? 'ok' : 'bad'}>{state(c)}</td>
            <td>{c.ready ? 'yes' : 'no'}</td>
            <td className="num">{c.restarts}</td>
            <td data-testid="last-termination">
              {c.lastTermination ? (
                <>
                  <span className="bad">{c.lastTermination.reason}</span> exit {c.lastTermination.exitCode}{' '}
                  <span className="muted">{ago(c.lastTermination.finishedAt, nowMs)}</span>
                </>
              ) : (
                <span className="muted">—</span>
              )}
            </td>
            <td className="muted">{Object.entries(c.requests).map(([k, v]) => `${k} ${v}`).join(', ') || '—'}</td>
            <td className="muted">{Object.entries(c.limits).map(([k, v]) => `${k} ${v}`).join(', ') || '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function EventTimeline({ events, nowMs }: { events: EventSummary[]; nowMs: number }) {
  if (!events.length) return <p className="muted">No events (Kubernetes keeps them for about an hour).</p>;
  return (
    <ol className="timeline" data-testid="pod-events">
      {events.map((e) => (
        <li key={e.uid} className={e.type === 'Warning' ? 'timeline__warning' : ''} data-testid="pod-event">
          <span className="muted">{ago(e.lastTimestamp, nowMs)}</span> <strong className={e.type === 'Warning' ? 'bad' : ''}>{e.reason}</strong>
          {e.count > 1 ? <span className="muted"> ×{e.count}</span> : null} <span className="muted">{e.source}</span>
          <div className="timeline__message">{e.message}</div>
        </li>
      ))}
    </ol>
  );
}
