'use client';

import { IntentLink as Link } from '@/components/ui/IntentLink';
import type { Marker } from '@/lib/k8s/markers';
import type { MetricChart } from '@/lib/queries/k8s/use-pod-metrics';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { withTimeParams } from '@/lib/time/url-params';
import { useSearchParams } from 'next/navigation';
import { MarkedChart } from './MarkedChart';
import { k8sHrefs } from './links';

/** The metric charts of a pod or workload, each with the page's markers and a link to Explore with its query. */
export function PodMetrics({ charts, range, markers, onZoom }: { charts: MetricChart[]; range: ResolvedRange; markers: Marker[]; onZoom?: (s: number, e: number) => void }) {
  const sp = useSearchParams();
  return (
    <div className="chart-grid" data-testid="pod-metrics">
      {charts.map((c) => (
        <div key={c.id} data-testid={`metric-${c.id}`}>
          <h3>
            {c.title} · <Link href={withTimeParams(k8sHrefs.explore(c.query), sp)}>Explore</Link>
          </h3>
          <MarkedChart
            markers={c.id === 'network' ? [] : markers}
            series={c.series}
            startMs={range.startMs}
            endMs={range.endMs}
            unit={c.unit}
            legendFormat="{{name}}"
            height={200}
            loading={c.loading}
            error={c.error}
            query={c.query}
            onZoom={onZoom}
            testId={`chart-${c.id}`}
          />
        </div>
      ))}
    </div>
  );
}
