import type { ContainerSummary } from '@/lib/k8s/types';
import { ago } from '@/components/overview/links';

const state = (c: ContainerSummary) => `${c.state}${c.reason ? ` (${c.reason}${c.exitCode !== null ? `, exit ${c.exitCode}` : ''})` : ''}`;
const resources = (r: Record<string, string>) => Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ') || '—';

/** Containers and init containers: image, state, ready, restarts, last termination, requests/limits, probes. */
export function ContainersTable({ containers, init, nowMs }: { containers: ContainerSummary[]; init: ContainerSummary[]; nowMs: number }) {
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
          <th>Probes</th>
        </tr>
      </thead>
      <tbody>
        {[...init.map((c) => ({ c, init: true })), ...containers.map((c) => ({ c, init: false }))].map(({ c, init: isInit }) => (
          <tr key={`${isInit}-${c.name}`} data-testid="container-row" data-container={c.name}>
            <td>
              {c.name}
              {isInit ? <span className="muted"> (init)</span> : null}
            </td>
            <td className="muted">{c.image}</td>
            <td className={c.state === 'running' || c.reason === 'Completed' ? 'ok' : 'bad'}>{state(c)}</td>
            <td>{c.ready ? 'yes' : 'no'}</td>
            <td className="num">{c.restarts}</td>
            <td data-testid="last-termination">
              {c.lastTermination ? (
                <>
                  <span className={c.lastTermination.reason === 'Completed' ? '' : 'bad'}>{c.lastTermination.reason}</span> exit {c.lastTermination.exitCode}{' '}
                  <span className="muted" title={c.lastTermination.finishedAt ?? ''}>
                    {ago(c.lastTermination.finishedAt, nowMs)}
                  </span>
                </>
              ) : (
                <span className="muted">—</span>
              )}
            </td>
            <td className="muted">{resources(c.requests)}</td>
            <td className="muted">{resources(c.limits)}</td>
            <td className="muted" data-testid="probes">
              {(['liveness', 'readiness', 'startup'] as const).filter((k) => c.probes[k]).map((k) => (
                <div key={k}>
                  {k}: {c.probes[k]}
                </div>
              ))}
              {!c.probes.liveness && !c.probes.readiness && !c.probes.startup ? '—' : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
