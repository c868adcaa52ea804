'use client';

import type { ReactNode } from 'react';
import { ErrorPanel } from '@/components/ui/ErrorPanel';

/**
 * One section of a pod, workload or node page: its own title, source, loading state and error, so a failing
 * datasource blanks only the sections that need it (Headlamp's sections, Next's per-widget boundaries).
 */
export function PodSection({ id, title, source, loading, error, actions, children }: { id: string; title: ReactNode; source: string; loading?: boolean; error?: unknown; actions?: ReactNode; children?: ReactNode }) {
  return (
    <section className="overview-card" id={id} data-testid={`section-${id}`} data-state={error ? 'error' : loading ? 'loading' : 'ready'} aria-labelledby={`${id}-title`}>
      <header className="overview-card__header">
        <h2 id={`${id}-title`}>{title}</h2>
        <span>
          {actions} <span className="overview-card__source">{source}</span>
        </span>
      </header>
      <div className="overview-card__body">
        {error ? <ErrorPanel error={error} title={`${title} unavailable`} testId={`${id}-error`} /> : loading ? <div className="pod-section__status" aria-busy="true">Loading…</div> : children}
      </div>
    </section>
  );
}
