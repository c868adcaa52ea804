import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { DashboardView } from '@/components/dashboards/view/DashboardView';
import { getDashboard, type DashboardDto } from '@/lib/api/dashboards/dashboards';
import { initialVariables } from '@/lib/api/dashboards/initial-variables';
import { NotFoundError } from '@/lib/db/errors';
import { modelForCluster } from './dashboard-model';

export const dynamic = 'force-dynamic';

type Props = { params: Promise<{ uid: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

function toSearch(sp: Record<string, string | string[] | undefined>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [k, v] of Object.entries(sp)) for (const x of Array.isArray(v) ? v : v === undefined ? [] : [v]) out.append(k, x);
  return out;
}

async function load(uid: string): Promise<DashboardDto> {
  try {
    return await getDashboard(uid);
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { uid } = await params;
  try {
    return { title: `${(await getDashboard(uid)).title} · Lantern` };
  } catch {
    return { title: 'Dashboard · Lantern' };
  }
}

/**
 * One dashboard. Before the model reaches the browser, built-ins are adapted to the cluster's label conventions, and
 * panels needing metrics Prometheus lacks are replaced by a sentence naming them instead of an empty chart; the
 * variables are resolved here too, so the panels can query as soon as the page runs.
 */
export default async function DashboardPage({ params, searchParams }: Props) {
  const { uid } = await params;
  const d = await load(uid);
  const { model, notices } = await modelForCluster(d.model, d.readOnly);
  const initial = await initialVariables(model, toSearch(await searchParams));
  return (
    <Suspense fallback={<div className="view-loading">Loading…</div>}>
      <DashboardView key={`${d.uid}@${d.version}`} uid={d.uid} title={d.title} tags={d.tags} readOnly={d.readOnly} version={d.version} model={model} notices={notices} initialVariables={initial} />
    </Suspense>
  );
}
