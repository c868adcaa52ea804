'use client';

import { useSearchParams } from 'next/navigation';
import { k8sHrefs } from '@/components/pods/links';
import { IntentLink } from '@/components/ui/IntentLink';
import { withTimeParams } from '@/lib/time/url-params';
import type { PreparedSeries } from './prepare-series';

interface ChartLegendProps {
  series: PreparedSeries[];
  hidden: ReadonlySet<string>;
  /** Click shows only this series (again: all); Ctrl/Cmd-click toggles just this one. */
  onToggle: (id: string, additive: boolean) => void;
}

export function ChartLegend({ series, hidden, onToggle }: ChartLegendProps) {
  return (
    <ul className="chart-legend" data-testid="chart-legend">
      {series.map((s) => (
        <li key={s.id}>
          <LegendItem series={s} hidden={hidden.has(s.id)} onToggle={onToggle} />
        </li>
      ))}
    </ul>
  );
}

/**
 * One legend entry: swatch and name; click isolates the series, Ctrl/Cmd-click toggles it. A series of one pod
 * (`namespace` and `pod` labels) also links to that pod's page over the same time range.
 */
export function LegendItem({
  series,
  hidden,
  onToggle,
}: {
  series: { id: string; name: string; color: string; labels?: Readonly<Record<string, string>> };
  hidden: boolean;
  onToggle: (id: string, additive: boolean) => void;
}) {
  return (
    <>
      <button
        type="button"
        className={`chart-legend__item${hidden ? ' is-hidden' : ''}`}
        data-testid="chart-legend-item"
        title={series.name}
        onClick={(e) => onToggle(series.id, e.ctrlKey || e.metaKey)}
      >
        <span className="chart-legend__swatch" style={{ background: series.color }} />
        <span className="chart-legend__name">{series.name}</span>
      </button>
      {series.labels && podOf(series.labels) && <PodLink {...podOf(series.labels)!} />}
    </>
  );
}

/** The pod a series belongs to, when its labels name one. */
function podOf(labels: Readonly<Record<string, string>>): { namespace: string; pod: string } | null {
  const namespace = labels.namespace;
  const pod = labels.pod ?? labels.pod_name;
  return namespace && pod ? { namespace, pod } : null;
}

function PodLink({ namespace, pod }: { namespace: string; pod: string }) {
  const searchParams = useSearchParams();
  const href = k8sHrefs.pod(namespace, pod);
  return (
    <IntentLink
      href={searchParams ? withTimeParams(href, searchParams) : href}
      className="chart-legend__pod"
      data-testid="chart-legend-pod"
      title={`Pod ${namespace}/${pod} over this time range`}
    >
      pod
    </IntentLink>
  );
}
