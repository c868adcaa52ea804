import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { PodView } from '@/components/pods/PodView';
import { ownerChain } from '@/lib/k8s/owner-chain';
import { currentPrincipal } from '@/lib/auth/current';
import { kubeFor } from '@/lib/auth/scoped-datasources';
import '@/components/overview/overview.css';
import '@/components/pods/pods.css';

type Params = Promise<{ namespace: string; name: string }>;

export async function generateMetadata({ params }: { params: Promise<{ namespace: string; name: string }> }): Promise<Metadata> {
  const { namespace, name } = await params;
  return { title: `${decodeURIComponent(name)} · ${decodeURIComponent(namespace)} · Lantern` };
}

export const dynamic = 'force-dynamic';

/**
 * The pod page. The server reads the pod first (the client starts from it), so an unknown pod answers 404 (with the history view);
 * an unreachable API server still renders the page, whose metrics and logs sections work without it.
 */
export default async function PodPage({ params }: { params: Params }) {
  const { namespace, name } = await params;
  const ns = decodeURIComponent(namespace);
  const pod = decodeURIComponent(name);
  let initial;
  try {
    const found = await kubeFor(await currentPrincipal()).getPod(ns, pod);
    initial = { data: { pod: found, owners: await ownerChain(kubeFor(await currentPrincipal()), found) }, atMs: Date.now() };
  } catch (e) {
    if ((e as { status?: number }).status === 404) notFound();
  }
  return (
    <Suspense>
      <PodView namespace={ns} name={pod} initial={initial} />
    </Suspense>
  );
}
