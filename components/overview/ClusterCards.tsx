import { IntentLink as Link } from '@/components/ui/IntentLink';
import { withTimeParams } from '@/lib/time/url-params';
import { cache } from 'react';
import { allPods, countPods, nodes, topRestarts, warningEvents } from '@/lib/overview/cluster';
import { ago, hrefs } from './links';
import { Load, Section } from './Section';

/** One pod list per request, shared by the cards that need it. */
const podsOnce = cache(() => allPods());

interface CardProps {
  time: URLSearchParams;
  nowMs: number;
}

export function NodesCard({ time }: CardProps) {
  return (
    <Section id="nodes" title="Nodes" source="Kubernetes">
      <Load load={() => nodes()}>
        {(list) => (
          <>
            <p className="overview-figure" data-testid="nodes-ready">
              <Link href={withTimeParams('/nodes', time)}>
                <strong>{list.filter((n) => n.ready).length}</strong> / {list.length} ready
              </Link>
            </p>
            <table className="overview-table">
              <tbody>
                {list.map((n) => {
                  const pressure = n.conditions.filter((c) => c.type !== 'Ready' && c.status === 'True').map((c) => c.type);
                  return (
                    <tr key={n.name} data-testid="node-row">
                      <td>
                        <Link href={withTimeParams(hrefs.node(n.name), time)}>{n.name}</Link>
                      </td>
                      <td className={n.ready ? 'ok' : 'bad'}>{n.status}</td>
                      <td>{pressure.length ? <span className="bad">{pressure.join(', ')}</span> : <span className="muted">no pressure</span>}</td>
                      <td className="muted">{n.roles.join(',') || 'worker'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </>
        )}
      </Load>
    </Section>
  );
}

export function PodsCard({ time }: CardProps) {
  return (
    <Section id="pods" title="Pods" source="Kubernetes">
      <Load load={async () => countPods(await podsOnce())}>
        {(c) => (
          <>
            <ul className="overview-phases" data-testid="pod-phases">
              {Object.entries(c.byPhase)
                .filter(([phase, n]) => n > 0 || phase !== 'Unknown')
                .map(([phase, n]) => (
                  <li key={phase} data-phase={phase}>
                    <Link href={withTimeParams(hrefs.pods({ phase }), time)}>
                      <strong>{n}</strong> {phase}
                    </Link>
                  </li>
                ))}
            </ul>
            {c.problems.length ? (
              <ul className="overview-problems" data-testid="pod-problems">
                {c.problems.map((p) => (
                  <li key={p.status} data-status={p.status}>
                    <Link href={withTimeParams(hrefs.pods({ status: p.status }), time)}>
                      <strong className="bad">{p.count}</strong> {p.status}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : (
              <p className="ok">Every pod is running or completed.</p>
            )}
            <p className="muted">{c.total} pods in all namespaces</p>
          </>
        )}
      </Load>
    </Section>
  );
}

export function RestartsCard({ time, nowMs }: CardProps) {
  return (
    <Section id="restarts" title="Top restarting pods" source="Kubernetes">
      <Load load={async () => topRestarts(await podsOnce())}>
        {(pods) =>
          pods.length ? (
            <table className="overview-table">
              <thead>
                <tr>
                  <th>Pod</th>
                  <th>Restarts</th>
                  <th>Last</th>
                  <th>Reason</th>
                </tr>
              </thead>
              <tbody>
                {pods.map((p) => {
                  const last = p.containers.find((c) => c.lastTermination)?.lastTermination;
                  return (
                    <tr key={p.uid} data-testid="restart-row">
                      <td>
                        <Link href={withTimeParams(hrefs.pod(p.namespace, p.name), time)}>
                          <span className="muted">{p.namespace}/</span>
                          {p.name}
                        </Link>
                      </td>
                      <td className="num">{p.restarts}</td>
                      <td className="muted">{ago(p.lastRestartAt, nowMs)}</td>
                      <td className="bad">{p.status !== 'Running' ? p.status : (last?.reason ?? '')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          ) : (
            <p className="ok">No pod has restarted.</p>
          )
        }
      </Load>
    </Section>
  );
}

export function WarningsCard({ time, nowMs }: CardProps) {
  return (
    <Section id="warnings" title="Recent warning events" source="Kubernetes">
      <Load load={() => warningEvents()}>
        {(events) =>
          events.length ? (
            <ul className="overview-events">
              {events.map((e) => {
                const o = e.involvedObject;
                const href = o.kind === 'Pod' && o.namespace ? hrefs.pod(o.namespace, o.name) : hrefs.pods(o.namespace ? { namespace: o.namespace } : {});
                return (
                  <li key={e.uid} data-testid="warning-event">
                    <span className="muted">{ago(e.lastTimestamp, nowMs)}</span> <strong className="bad">{e.reason}</strong>{' '}
                    <Link href={withTimeParams(href, time)}>
                      {o.kind.toLowerCase()}/{o.name}
                    </Link>
                    {e.count > 1 ? <span className="muted"> ×{e.count}</span> : null}
                    <div className="overview-events__message">{e.message}</div>
                  </li>
                );
              })}
            </ul>
          ) : (
            <p className="ok">No warning events.</p>
          )
        }
      </Load>
    </Section>
  );
}
