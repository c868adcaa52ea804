import type { Condition } from '@/lib/k8s/types';

export function ConditionsTable({ conditions }: { conditions: Condition[] }) {
  if (!conditions.length) return <p className="muted">No conditions reported.</p>;
  return (
    <table className="data-table" data-testid="pod-conditions">
      <thead>
        <tr>
          <th>Type</th>
          <th>Status</th>
          <th>Reason</th>
          <th>Message</th>
          <th>Since</th>
        </tr>
      </thead>
      <tbody>
        {conditions.map((c) => (
          <tr key={c.type}>
            <td>{c.type}</td>
            <td className={c.status === 'True' ? 'ok' : 'bad'}>{c.status}</td>
            <td className="muted">{c.reason ?? ''}</td>
            <td className="muted">{c.message ?? ''}</td>
            <td className="muted">{c.lastTransitionTime ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
