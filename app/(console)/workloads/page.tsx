import type { Metadata } from 'next';
import { Suspense } from 'react';
import { WorkloadsView } from '@/components/workloads/WorkloadsView';
import '@/components/overview/overview.css';
import '@/components/pods/pods.css';

export const metadata: Metadata = { title: 'Workloads · Lantern' };

export default function WorkloadsPage() {
  return (
    <Suspense>
      <WorkloadsView />
    </Suspense>
  );
}
