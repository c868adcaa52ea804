import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { WorkloadView } from '@/components/workloads/WorkloadView';
import { WORKLOAD_KINDS } from '@/lib/k8s/params';
import '@/components/overview/overview.css';
import '@/components/pods/pods.css';

type Params = Promise<{ kind: string; namespace: string; name: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const p = await params;
  return { title: `${decodeURIComponent(p.name)} · ${p.kind} · Lantern` };
}

/** `/workloads/deployment/shop/cart`: the kind in lower case, as kubectl spells resources. */
export default async function WorkloadPage({ params }: { params: Params }) {
  const p = await params;
  const kind = WORKLOAD_KINDS.find((k) => k.toLowerCase() === p.kind.toLowerCase());
  if (!kind) notFound();
  return (
    <Suspense>
      <WorkloadView kind={kind} namespace={decodeURIComponent(p.namespace)} name={decodeURIComponent(p.name)} />
    </Suspense>
  );
}
