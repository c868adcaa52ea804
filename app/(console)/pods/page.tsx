import type { Metadata } from 'next';
import { Suspense } from 'react';
import { PodsView } from '@/components/pods/PodsView';
import '@/components/overview/overview.css';
import '@/components/pods/pods.css';

export const metadata: Metadata = { title: 'Pods · Lantern' };

/** The pods list is a client view: paged from /api/k8s/pods, kept live by the watch, state in the URL. */
export default function PodsPage() {
  return (
    <Suspense>
      <PodsView />
    </Suspense>
  );
}
