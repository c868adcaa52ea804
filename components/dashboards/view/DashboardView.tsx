'use client';

import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useEffect, useMemo, useRef, useState } from 'react';
import { CrosshairProvider } from '@/components/charts/crosshair';
import type { DashboardModel, Panel } from '@/lib/dashboards/model';
import { interpolate, scopeOf, type InitialVariables } from '@/lib/dashboards/variables';
import { useDashboardVariables } from '@/lib/queries/dashboards/use-dashboard-variables';
import { useTimeRange } from '@/lib/time/use-time-range';
import { DashboardGrid } from './DashboardGrid';
import { DashboardHeader } from './DashboardHeader';
import { withDashboardDefaults } from './dashboard-defaults';
import { DashboardPanel } from './DashboardPanel';
import { EditActions } from './EditActions';
import { findPanel } from './grid-layout';
import { absoluteShareHref, shareHref } from './links';
import { copyLink, ShareResult, type CopyResult } from './ShareBar';
import { useDashboardUrl, useSyncResolvedVariables } from './use-dashboard-url';
import { VariablesBar } from './VariablesBar';
import './view.css';

// The editor is its own chunk, fetched when the user enters edit mode: viewers never download it.
const DashboardEditor = dynamic(() => import('@/components/dashboards/editor/DashboardEditor'), {
  ssr: false,
  loading: () => <p className="muted">Opening the editor…</p>,
});

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
  const router = useRouter();
  // Edit mode is in the URL (`edit=1`) so that "New dashboard" can open straight into it.
  const editing = !readOnly && url.searchParams.get('edit') === '1';
  const editSearch = (on: boolean) => {
    const sp = new URLSearchParams(url.searchParams.toString());
    if (on) sp.set('edit', '1');
    else sp.delete('edit');
    return sp.toString();
  };

  // A saved dashboard's default range and refresh, once, when the URL names none (built-ins keep the console's).
  const { go } = url;
  const defaults = useRef(readOnly ? null : withDashboardDefaults(url.searchParams.toString(), model));
  useEffect(() => {
    if (defaults.current !== null) go(defaults.current, 'replace');
    defaults.current = null;
  }, [go]);

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

  if (editing) {
    return (
      <DashboardEditor
        uid={uid}
        onExit={(how) => {
          url.go(editSearch(false), 'replace');
          // A save or someone else's save: the page's model and version are out of date.
          if (how !== 'discarded') router.refresh();
        }}
      />
    );
  }

  return (
    <div className="view dash-view" data-testid="dashboard-view" data-uid={uid} data-version={version}>
      <DashboardHeader
        uid={uid}
        title={title}
        tags={tags}
        readOnly={readOnly}
        links={model.links}
        text={text}
        shareHref={() => shareHref(url.pathname, new URLSearchParams(window.location.search))}
        absoluteHref={() => (range ? absoluteShareHref(url.pathname, new URLSearchParams(window.location.search), range) : null)}
        edit={<EditActions uid={uid} version={version} onEdit={() => url.go(editSearch(true), 'push')} onRestored={() => router.refresh()} />}
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
