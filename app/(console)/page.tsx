import type { Metadata } from 'next';
import { Suspense } from 'react';
import { NodesCard, PodsCard, RestartsCard, WarningsCard } from '@/components/overview/ClusterCards';
import { SectionLoading } from '@/components/overview/Section';
import { LogErrorsCard, UsageCard } from '@/components/overview/SignalCards';
import { validateRange } from '@/lib/time/time-expr';
import { readTimeParams } from '@/lib/time/url-params';
import '@/components/overview/overview.css';

export const metadata: Metadata = { title: 'Overview · Lantern' };
export const dynamic = 'force-dynamic';

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The cluster at a glance, from live data; each card loads and fails on its own. */
export default async function OverviewPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = await searchParams;
  const time = new URLSearchParams();
  for (const [k, v] of Object.entries(raw)) if (typeof v === 'string') time.set(k, v);
  const nowMs = Date.now();
  const range = validateRange(readTimeParams(time), nowMs);
  const endMs = range.ok ? range.endMs : nowMs;
  const props = { time, nowMs, endMs };
  const cards = [NodesCard, PodsCard, UsageCard, RestartsCard, WarningsCard, LogErrorsCard];
  return (
    <div className="overview" data-testid="overview">
      <h1 className="view-title">Overview</h1>
      <div className="overview-grid">
        {cards.map((Card, i) => (
          <Suspense key={i} fallback={<SectionLoading />}>
            <Card {...props} />
          </Suspense>
        ))}
      </div>
    </div>
  );
}
