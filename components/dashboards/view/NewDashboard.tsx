'use client';

import { useRouter } from 'next/navigation';
import { emptyDashboard } from '@/lib/dashboards/edit/empty';
import { useCreateDashboard } from '@/lib/queries/dashboards/use-dashboard-mutations';

/** Saves an empty dashboard (version 1) and opens it in edit mode. */
export function NewDashboard() {
  const router = useRouter();
  const create = useCreateDashboard();
  return (
    <>
      <button
        type="button"
        className="btn btn--primary"
        disabled={create.isPending}
        onClick={() => create.mutate(emptyDashboard(), { onSuccess: (d) => router.push(`/dashboards/${encodeURIComponent(d.uid)}?edit=1`) })}
        data-testid="dashboard-new"
      >
        {create.isPending ? 'Creating…' : 'New dashboard'}
      </button>
      {create.isError && (
        <span className="bad" role="alert">
          {create.error.message}
        </span>
      )}
    </>
  );
}
