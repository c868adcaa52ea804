'use client';

import { useParams } from 'next/navigation';
import { Suspense } from 'react';
import { PodHistory } from '@/components/pods/PodHistory';
import '@/components/overview/overview.css';
import '@/components/pods/pods.css';

/** A pod the API does not know (HTTP 404) still leads somewhere useful: what Prometheus and Loki remember of it. */
export default function PodNotFound() {
  const params = useParams<{ namespace: string; name: string }>();
  return (
    <Suspense>
      <PodHistory namespace={decodeURIComponent(params.namespace)} name={decodeURIComponent(params.name)} testId="pod-not-found" />
    </Suspense>
  );
}
