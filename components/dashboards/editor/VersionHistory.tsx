'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { CrosshairProvider } from '@/components/charts/crosshair';
import { DashboardGrid } from '@/components/dashboards/view/DashboardGrid';
import { DashboardPanel } from '@/components/dashboards/view/DashboardPanel';
import { useDashboardVersion, useDashboardVersions, useRestoreVersion } from '@/lib/queries/dashboards/use-dashboard-editing';
import { scopeOf } from '@/lib/dashboards/variables';
import { useDashboardVariables } from '@/lib/queries/dashboards/use-dashboard-variables';
import { useTimeRange } from '@/lib/time/use-time-range';

export interface VersionHistoryProps {
  uid: string;
  /** The version on screen: a restore is saved on top of it (409 if someone saved since). */
  version: number;
  onClose: () => void;
  /** After a restore: the page shows the new version. */
  onRestored: () => void;
}

/** Saved versions, newest first: view one read-only, or restore it (which saves it as a new version). */
export default function VersionHistory({ uid, version, onClose, onRestored }: VersionHistoryProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const versions = useDashboardVersions(uid);
  const restore = useRestoreVersion(uid);
  const [viewing, setViewing] = useState<number | null>(null);
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
  }, []);
  return (
    <dialog ref={ref} className="inspect dash-history" data-testid="version-history" aria-label="Version history" onClose={onClose}>
      <header className="inspect__header">
        <h2>Version history</h2>
        <button type="button" className="btn btn--ghost" onClick={() => ref.current?.close()} data-testid="version-history-close">
          Close
        </button>
      </header>
      <div className="inspect__body">
        {versions.isError && (
          <p className="bad" role="alert">
            {versions.error.message}
          </p>
        )}
        {restore.isError && (
          <p className="bad" role="alert" data-testid="restore-error">
            {restore.error.message}
          </p>
        )}
        {versions.data && (
          <table className="data-table" data-testid="version-table">
            <thead>
              <tr>
                <th className="num">Version</th>
                <th>Saved</th>
                <th>Title</th>
                <th>Message</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {versions.data.map((v) => (
                <tr key={v.version} data-testid="version-row" data-version={v.version}>
                  <td className="num">
                    {v.version}
                    {v.version === version ? ' (current)' : ''}
                  </td>
                  <td>{new Date(v.createdAt).toLocaleString()}</td>
                  <td>{v.title}</td>
                  <td className="muted">{v.message ?? ''}</td>
                  <td>
                    <button type="button" className="btn btn--ghost" onClick={() => setViewing(v.version)} data-testid="version-view">
                      View
                    </button>
                    {v.version !== version && (
                      <button
                        type="button"
                        className="btn"
                        disabled={restore.isPending}
                        onClick={() => restore.mutate({ version: v.version, expectedVersion: version }, { onSuccess: onRestored })}
                        data-testid="version-restore"
                      >
                        Restore
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {viewing !== null && <VersionPreview uid={uid} version={viewing} />}
      </div>
    </dialog>
  );
}

const NONE = {};

/** One version drawn read-only on the current time range, its variables at their defaults. */
function VersionPreview({ uid, version }: { uid: string; version: number }) {
  const v = useDashboardVersion(uid, version);
  const time = useTimeRange();
  const { resolved: r } = time;
  const range = useMemo(() => (r.ok ? { startMs: r.startMs, endMs: r.endMs } : null), [r]);
  const vars = useDashboardVariables({ modelKey: `${uid}@v${version}`, variables: v.data?.model.variables ?? [], selected: NONE, range: v.data ? range : null });
  const scope = useMemo(() => (vars.data ? scopeOf(vars.data) : undefined), [vars.data]);
  if (v.isError) return <p className="bad">{v.error.message}</p>;
  if (!v.data) return <p className="muted">Loading version {version}…</p>;
  return (
    <section className="dash-history__preview" data-testid="version-preview" data-version={version} aria-label={`Version ${version}, read-only`}>
      <h3>
        Version {version}: <span data-testid="version-preview-title">{v.data.model.title}</span> <span className="muted">(read-only)</span>
      </h3>
      <CrosshairProvider>
        <DashboardGrid
          model={v.data.model}
          text={(s) => s}
          renderPanel={(p) => range && <DashboardPanel key={p.id} panel={p} scope={scope} range={range} time={{ from: time.from, to: time.to }} onZoom={time.zoomTo} />}
        />
      </CrosshairProvider>
    </section>
  );
}
