'use client';

import { ViewError } from '@/components/ui/ViewError';

export default function ExploreError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ViewError error={error} reset={reset} view="Explore" />;
}
