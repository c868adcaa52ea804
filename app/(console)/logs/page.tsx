import type { Metadata } from 'next';
import { Suspense } from 'react';
import { LogsView } from '@/components/logs/LogsView';

export const metadata: Metadata = { title: 'Logs' };

export default function LogsPage() {
  return (
    <Suspense fallback={<div className="view-loading">Loading…</div>}>
      <LogsView />
    </Suspense>
  );
}
