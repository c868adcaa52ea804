'use client';

import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/EmptyState';
import type { PanelData, PanelState } from './panel-data';
import { PanelError } from './PanelError';
import './panels.css';

export interface PanelFrameProps {
  panelId: number;
  title: string;
  description?: string;
  state: PanelState;
  /** The panel menu (view, edit, explore, share, inspect): rendered by the dashboard, placed here. */
  menu?: ReactNode;
  /** Set when `state` is "error". */
  error?: Extract<PanelData, { kind: 'error' }>;
  /** e.g. "showing 20 of 143 series", with an optional control next to it. */
  notice?: string;
  noticeAction?: { label: string; onClick: () => void };
  /** A refresh is running while the previous data is shown. */
  refreshing?: boolean;
  emptyMessage?: string;
  children?: ReactNode;
}

/**
 * The box every panel sits in: header (title, description tooltip, menu slot) and a body that shows loading,
 * empty, error or the panel itself. It fills its grid cell; the body gets the remaining height.
 */
export function PanelFrame({
  panelId,
  title,
  description,
  state,
  menu,
  error,
  notice,
  noticeAction,
  refreshing = false,
  emptyMessage = 'No data',
  children,
}: PanelFrameProps) {
  return (
    <section className="panel" data-testid="panel" data-panel-id={panelId} data-state={state} aria-busy={state === 'loading' || refreshing}>
      <header className="panel__header">
        <h3 className="panel__title" data-testid="panel-title" title={title}>
          {title}
        </h3>
        {description && (
          <span className="panel__info" tabIndex={0} aria-label={description} data-testid="panel-description">
            i<span className="panel__info-text" role="tooltip">{description}</span>
          </span>
        )}
        <span className="panel__spacer" />
        {menu && <div className="panel__menu" data-testid="panel-menu-slot">{menu}</div>}
      </header>
      {(state === 'loading' || refreshing) && <div className="chart__loading panel__loading" data-testid="panel-loading" aria-label="Loading" />}
      {notice && (
        <div className="panel__notice" data-testid="panel-notice">
          {notice}
          {noticeAction && (
            <button type="button" className="panel__notice-action" data-testid="panel-notice-action" onClick={noticeAction.onClick}>
              {noticeAction.label}
            </button>
          )}
        </div>
      )}
      <div className="panel__body">
        {state === 'error' && error ? (
          <PanelError error={error} />
        ) : state === 'empty' ? (
          <EmptyState testId="panel-empty">{emptyMessage}</EmptyState>
        ) : state === 'ready' ? (
          children
        ) : null}
      </div>
    </section>
  );
}
