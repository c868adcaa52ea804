import type { Metadata } from 'next';
import { Suspense } from 'react';
import { ExploreView } from '@/components/query/ExploreView';

export const metadata: Metadata = { title: 'Explore' };

export default function ExplorePage() {
  return (
    <Suspense fallback={<div className="view-loading">Loading…</div>}>
      <ExploreView />
    </Suspense>
  );
}
