'use client';

import { useEffect, useMemo, useState } from 'react';
import { CrosshairProvider } from '@/components/dashboards/panels/crosshair';
import type { DashboardModel, Panel } from '@/lib/dashboards/model';
import { interpolate, scopeOf, type InitialVariables } from '@/lib/dashboards/variables';
import { useDashboardVariables } from '@/lib/queries/dashboards/use-dashboard-variables';
import { useTimeRange } from '@/lib/time/use-time-range';
import { DashboardGrid } from './DashboardGrid';
import { DashboardHeader } from './DashboardHeader';
import { DashboardPanel } from './DashboardPanel';
import { findPanel } from './grid-layout';
import { absoluteShareHref, shareHref } from './links';
import { copyLink, ShareResult, type CopyResult } from './ShareBar';
import { useDashboardUrl, useSyncResolvedVariables } from './use-dashboard-url';
import { VariablesBar } from './VariablesBar';
import './view.css';

export interface DashboardViewProps {
  uid: string;
  title: string;
  tags: string[];
  readOnly: boolean;
  version: number;
  model: DashboardModel;
  /** Said once above the panels, e.g. that label conventions could not be detected. */
  notices?: string[];
  /** The variables as the server resolved them for the URL it rendered. */
  initialVariables?: InitialVariables;
}

/** A dashboard: header, variables bar, then the grid of panels (or one panel full screen), all state in the URL. */
export function DashboardView({ uid, title, tags, readOnly, version, model, notices = [], initialVariables }: DashboardViewProps) {
  const time = useTimeRange();
  const { resolved: r } = time;
  const range = useMemo(() => (r.ok ? { startMs: r.startMs, endMs: r.endMs } : null), [r]);
  const url = useDashboardUrl();
  const vars = useDashboardVariables({ modelKey: `${uid}@${version}`, variables: model.variables, selected: url.selected, range, initial: initialVariables });
  useSyncResolvedVariables(url, model.variables, vars.data, vars.isSuccess && !vars.isPlaceholderData && !vars.isFetching);
  const scope = useMemo(() => (vars.data ? scopeOf(vars.data) : undefined), [vars.data]);
  const text = useMemo(() => (scope ? (s: string) => interpolate(s, scope, 'text') : (s: string) => s), [scope]);
  const [panelLink, setPanelLink] = useState<CopyResult | null>(null);

  const full = url.viewPanel !== null ? findPanel(model, url.viewPanel) : undefined;
  const { closePanel } = url;
  useEffect(() => {
    if (!full) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && !e.defaultPrevented && !document.querySelector('dialog[open]') && closePanel();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [full, closePanel]);

  const renderPanel = (panel: Panel, fullScreen = false) =>
    range && (
      <DashboardPanel
        key={panel.id}
        panel={panel}
        scope={scope}
        range={range}
        time={{ from: time.from, to: time.to }}
        onZoom={time.zoomTo}
        onView={fullScreen ? undefined : () => url.openPanel(panel.id)}
        onCopyLink={async () => setPanelLink(await copyLink(url.panelHref(panel.id)))}
      />
    );

  return (
    <div className="view dash-view" data-testid="dashboard-view" data-uid={uid}>
      <DashboardHeader
        uid={uid}
        title={title}
        tags={tags}
        readOnly={readOnly}
        links={model.links}
        text={text}
        shareHref={() => shareHref(url.pathname, new URLSearchParams(window.location.search))}
        absoluteHref={() => (range ? absoluteShareHref(url.pathname, new URLSearchParams(window.location.search), range) : null)}
      />
      <VariablesBar variables={model.variables} resolved={vars.data} onChange={url.setVariable} loading={vars.isFetching} />
      {vars.isError && <p className="bad">Variables could not be resolved: {vars.error.message}</p>}
      {notices.map((n) => (
        <p key={n} className="muted dash-view__notice" data-testid="dashboard-notice">
          {n}
        </p>
      ))}
      {panelLink && <ShareResult result={panelLink} onDismiss={() => setPanelLink(null)} />}
      {!r.ok && (
        <p className="bad" role="alert">
          {r.error}
        </p>
      )}
      {url.viewPanel !== null && !full && <p className="bad">Panel {url.viewPanel} is not on this dashboard.</p>}
      <CrosshairProvider>
        {full ? (
          <div className="dash-fullscreen" data-testid="panel-fullscreen">
            <button type="button" className="btn btn--ghost dash-fullscreen__back" onClick={closePanel} data-testid="panel-fullscreen-close">
              ← Back to dashboard (Esc)
            </button>
            <div className="dash-fullscreen__panel">{renderPanel(full, true)}</div>
          </div>
        ) : (
          <DashboardGrid model={model} renderPanel={(p) => renderPanel(p)} text={text} />
        )}
      </CrosshairProvider>
    </div>
  );
}
