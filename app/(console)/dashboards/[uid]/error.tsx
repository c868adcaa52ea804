'use client';

import { ViewError } from '@/components/ui/ViewError';

export default function DashboardError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return <ViewError error={error} reset={reset} view="This dashboard" />;
}
