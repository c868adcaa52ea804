'use client';

import { IntentLink } from '@/components/ui/IntentLink';
import { useRouter, useSearchParams } from 'next/navigation';
import type { ReactNode } from 'react';
import type { DashboardModel } from '@/lib/dashboards/model';
import { useDuplicateDashboard } from '@/lib/queries/dashboards/use-dashboard-mutations';
import { ShareBar, type ShareBarProps } from './ShareBar';

export interface DashboardHeaderProps extends ShareBarProps {
  uid: string;
  title: string;
  tags: string[];
  readOnly: boolean;
  links: DashboardModel['links'];
  text: (s: string) => string;
  /** Edit, history and delete: for saved (not built-in) dashboards. */
  edit?: ReactNode;
}

/** Title, tags, the dashboard's links, sharing, and "Save as copy" for read-only (built-in) dashboards. */
export function DashboardHeader({ uid, title, tags, readOnly, links, text, shareHref, absoluteHref, edit }: DashboardHeaderProps) {
  const router = useRouter();
  const duplicate = useDuplicateDashboard();
  return (
    <header className="dash-header">
      <div className="dash-header__title">
        <h1 className="view-title" data-testid="dashboard-title">
          {title}
        </h1>
        {readOnly && (
          <span className="chip dash-badge" data-testid="dashboard-readonly">
            read-only
          </span>
        )}
        {tags.map((t) => (
          <IntentLink key={t} href={`/dashboards?tag=${encodeURIComponent(t)}`} className="chip" data-testid="dashboard-tag">
            {t}
          </IntentLink>
        ))}
      </div>
      <div className="dash-header__actions">
        {links.map((l) => (
          <DashboardLink key={`${l.title}${l.url}`} link={l} text={text} />
        ))}
        <ShareBar shareHref={shareHref} absoluteHref={absoluteHref} />
        {!readOnly && edit}
        {readOnly && (
          <button
            type="button"
            className="btn"
            data-testid="dashboard-save-copy"
            disabled={duplicate.isPending}
            onClick={() => duplicate.mutate({ uid }, { onSuccess: (d) => router.push(`/dashboards/${encodeURIComponent(d.uid)}`) })}
          >
            {duplicate.isPending ? 'Saving…' : 'Save as copy'}
          </button>
        )}
        {duplicate.isError && (
          <span className="bad" role="alert">
            {duplicate.error.message}
          </span>
        )}
      </div>
    </header>
  );
}

function DashboardLink({ link, text }: { link: DashboardModel['links'][number]; text: (s: string) => string }) {
  const href = linkHref(text(link.url), link, useSearchParams().toString());
  const internal = href.startsWith('/');
  return internal ? (
    <IntentLink href={href} className="btn btn--ghost" data-testid="dashboard-link">
      {text(link.title)}
    </IntentLink>
  ) : (
    <a href={href} className="btn btn--ghost" target="_blank" rel="noopener noreferrer" data-testid="dashboard-link">
      {text(link.title)}
    </a>
  );
}

/** Only http(s) and same-site links: a dashboard is shared data and must not carry `javascript:` URLs. */
function linkHref(url: string, link: { keepTime: boolean; includeVars: boolean }, search: string): string {
  const safe = url.startsWith('/') || /^https?:\/\//i.test(url) ? url : '#';
  if (safe === '#' || (!link.keepTime && !link.includeVars)) return safe;
  const current = new URLSearchParams(search);
  const target = new URL(safe, 'http://x');
  current.forEach((v, k) => {
    if ((link.keepTime && (k === 'from' || k === 'to')) || (link.includeVars && k.startsWith('var-'))) target.searchParams.append(k, v);
  });
  return safe.startsWith('/') ? `${target.pathname}${target.search}` : target.toString();
}
