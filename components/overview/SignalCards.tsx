import { IntentLink as Link } from '@/components/ui/IntentLink';
import { withTimeParams } from '@/lib/time/url-params';
import { formatValue } from '@/components/charts/units';
import { namespaceErrorRates } from '@/lib/overview/log-errors';
import { clusterUsage } from '@/lib/overview/usage';
import { hrefs } from './links';
import { Load, Section } from './Section';

interface CardProps {
  time: URLSearchParams;
  endMs: number;
}

function Meter({ label, used, requested, total, unit }: { label: string; used: number | null; requested: number | null; total: number | null; unit: 'bytes' | 'short' }) {
  const pct = (v: number | null) => (v !== null && total ? Math.min(100, (100 * v) / total) : 0);
  const fmt = (v: number | null) => (v === null ? 'n/a' : unit === 'bytes' ? formatValue(v, 'bytes') : `${formatValue(v, 'short')} cores`);
  return (
    <div className="meter" data-testid={`meter-${label.toLowerCase()}`}>
      <div className="meter__label">
        <strong>{label}</strong> used {fmt(used)} · requested {fmt(requested)} · allocatable {fmt(total)}
      </div>
      <div className="meter__bar" role="img" aria-label={`${label}: ${pct(used).toFixed(0)}% used, ${pct(requested).toFixed(0)}% requested`}>
        <span className="meter__requested" style={{ width: `${pct(requested)}%` }} />
        <span className="meter__used" style={{ width: `${pct(used)}%` }} />
      </div>
    </div>
  );
}

export function UsageCard({ time, endMs }: CardProps) {
  return (
    <Section id="usage" title="Cluster usage and HTTP errors" source="Prometheus">
      <Load load={() => clusterUsage(endMs)}>
        {(u) => (
          <>
            <Meter label="CPU" used={u.cpu.usedCores} requested={u.cpu.requestedCores} total={u.cpu.allocatableCores} unit="short" />
            <Meter label="Memory" used={u.memory.usedBytes} requested={u.memory.requestedBytes} total={u.memory.allocatableBytes} unit="bytes" />
            <table className="overview-table">
              <thead>
                <tr>
                  <th>Namespace</th>
                  <th>Requests/s</th>
                  <th>5xx</th>
                </tr>
              </thead>
              <tbody>
                {u.httpErrorRatio.map((r) => (
                  <tr key={r.namespace} data-testid="http-error-row">
                    <td>
                      <Link href={withTimeParams(hrefs.namespaceHttpErrors(r.namespace), time)}>{r.namespace}</Link>
                    </td>
                    <td className="num">{formatValue(r.rps, 'short')}</td>
                    <td className={`num ${r.ratio > 0.05 ? 'bad' : ''}`}>{formatValue(r.ratio, 'percentunit')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Load>
    </Section>
  );
}

export function LogErrorsCard({ time, endMs }: CardProps) {
  return (
    <Section id="log-errors" title="Error log lines by namespace (last 5 min)" source="Loki">
      <Load load={() => namespaceErrorRates(endMs)}>
        {(rates) =>
          rates.length ? (
            <table className="overview-table">
              <tbody>
                {rates.map((r) => (
                  <tr key={r.namespace} data-testid="log-error-row">
                    <td>
                      <Link href={withTimeParams(hrefs.namespaceErrorLogs(r.namespace), time)}>{r.namespace}</Link>
                    </td>
                    <td className={`num ${r.perMinute > 10 ? 'bad' : ''}`}>{formatValue(r.perMinute, 'short')} / min</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : (
            <p className="ok">No error lines.</p>
          )
        }
      </Load>
    </Section>
  );
}
