import type { ReactNode } from 'react';
import { toErrorBody } from '@/lib/api/errors';

/** One card of the Overview. Each card loads and fails on its own: an unreachable datasource blanks only its cards. */
export function Section({ id, title, source, children }: { id: string; title: string; source: string; children: ReactNode }) {
  return (
    <section className="overview-card" data-testid={`overview-${id}`} aria-labelledby={`${id}-title`}>
      <header className="overview-card__header">
        <h2 id={`${id}-title`}>{title}</h2>
        <span className="overview-card__source">{source}</span>
      </header>
      <div className="overview-card__body">{children}</div>
    </section>
  );
}

export function SectionError({ error }: { error: unknown }) {
  const body = toErrorBody(error);
  return (
    <div className="panel-error" role="alert" data-testid="panel-error">
      <strong>{body.datasource ? `${body.datasource}: ` : ''}{body.kind === 'not_configured' ? 'not configured' : 'unavailable'}</strong>
      <p>{body.message}</p>
    </div>
  );
}

export function SectionLoading() {
  return <div className="overview-card__loading" aria-busy="true">Loading…</div>;
}

/** Run a loader and render its result, or the error in place. */
export async function Load<T>({ load, children }: { load: () => Promise<T>; children: (data: T) => ReactNode }) {
  let data: T;
  try {
    data = await load();
  } catch (e) {
    return <SectionError error={e} />;
  }
  return <>{children(data)}</>;
}
