import { IntentLink as Link } from '@/components/ui/IntentLink';
import { withTimeParams } from '@/lib/time/url-params';
import type { PodSummary } from '@/lib/k8s/types';
import { ago, hrefs } from '@/components/overview/links';

const PROBLEM = /CrashLoop|Error|OOM|BackOff|Failed|Pending|Unknown|Terminating|NotReady|Init:/;

export function PodTable({ pods, time, nowMs, showNode = true }: { pods: PodSummary[]; time: URLSearchParams; nowMs: number; showNode?: boolean }) {
  return (
    <table className="data-table" data-testid="pod-table">
      <thead>
        <tr>
          <th>Namespace</th>
          <th>Name</th>
          <th>Ready</th>
          <th>Status</th>
          <th className="num">Restarts</th>
          {showNode ? <th>Node</th> : null}
          <th>Age</th>
        </tr>
      </thead>
      <tbody>
        {pods.map((p) => (
          <tr key={p.uid} data-testid="pod-row" data-status={p.status}>
            <td className="muted">{p.namespace}</td>
            <td>
              <Link href={withTimeParams(hrefs.pod(p.namespace, p.name), time)}>{p.name}</Link>
            </td>
            <td>{p.ready}</td>
            <td className={PROBLEM.test(p.status) ? 'bad' : p.status === 'Running' ? 'ok' : ''}>{p.status}</td>
            <td className="num">
              {p.restarts}
              {p.lastRestartAt ? <span className="muted"> ({ago(p.lastRestartAt, nowMs)})</span> : null}
            </td>
            {showNode ? <td>{p.node ? <Link href={withTimeParams(hrefs.node(p.node), time)}>{p.node}</Link> : <span className="muted">—</span>}</td> : null}
            <td className="muted">{ago(p.createdAt, nowMs).replace(' ago', '')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
