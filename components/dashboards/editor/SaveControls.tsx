'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { dashboardModel, type DashboardModel } from '@/lib/dashboards/model';
import { useCreateDashboard } from '@/lib/queries/dashboards/use-dashboard-mutations';
import { SaveConflictError, useSaveDashboard } from '@/lib/queries/dashboards/use-dashboard-editing';
import { ConfirmDialog } from './ConfirmDialog';
import type { EditorExit } from './DashboardEditor';
import { saveProblems } from './save-problems';

export interface SaveControlsProps {
  uid: string;
  /** The version the edit started from: the save names it, so a newer save by someone else is never overwritten. */
  version: number;
  draft: DashboardModel;
  /** The model as it was when editing began. */
  initial: DashboardModel;
  dirty: boolean;
  onExit: (how: EditorExit) => void;
}

/** Save (with an optional message), leave edit mode (asking first when there are unsaved changes), and the 409 dialog. */
export function SaveControls({ uid, version, draft, initial, dirty, onExit }: SaveControlsProps) {
  const router = useRouter();
  const save = useSaveDashboard(uid);
  const copy = useCreateDashboard();
  const [message, setMessage] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  /** Where the user was going when asked about unsaved changes: `true` for "out of edit mode", else a link. */
  const [confirmExit, setConfirmExit] = useState<true | string | false>(false);
  useLeaveGuard(dirty && !save.isPending, setConfirmExit);
  const conflict = save.error instanceof SaveConflictError ? save.error : null;

  const onSave = () => {
    const found = saveProblems(draft, initial);
    setProblems(found);
    if (found.length) return;
    save.mutate({ model: dashboardModel.parse(draft), expectedVersion: version, message: message.trim() || undefined }, { onSuccess: () => onExit('saved') });
  };
  const saveCopy = () => {
    const model = dashboardModel.parse({ ...draft, title: `${draft.title.slice(0, 500)} (copy)` });
    copy.mutate(model, { onSuccess: (d) => router.push(`/dashboards/${encodeURIComponent(d.uid)}`) });
  };

  return (
    <div className="dash-header__actions">
      <input className="input" value={message} onChange={(e) => setMessage(e.target.value)} placeholder="What changed (optional)" aria-label="Save message" data-testid="save-message" />
      <button type="button" className="btn btn--primary" onClick={onSave} disabled={save.isPending || !dirty} data-testid="dashboard-save">
        {save.isPending ? 'Saving…' : 'Save'}
      </button>
      <button type="button" className="btn" onClick={() => (dirty ? setConfirmExit(true) : onExit('discarded'))} data-testid="dashboard-exit-edit">
        Exit edit
      </button>
      {problems.length > 0 && (
        <ul className="bad dash-editor__problems" role="alert" data-testid="save-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
      {save.isError && !conflict && (
        <span className="bad" role="alert" data-testid="save-error">
          {save.error.message}
        </span>
      )}
      {confirmExit && (
        <ConfirmDialog
          title="Discard changes?"
          testId="discard-dialog"
          onCancel={() => setConfirmExit(false)}
          actions={[
            { label: 'Keep editing', onClick: () => setConfirmExit(false), testId: 'discard-cancel' },
            {
              label: 'Discard changes',
              onClick: () => (typeof confirmExit === 'string' ? router.push(confirmExit) : onExit('discarded')),
              testId: 'discard-confirm',
              danger: true,
            },
          ]}
        >
          <p>Your changes to this dashboard are not saved. {typeof confirmExit === 'string' ? 'Leaving this page' : 'Leaving edit mode'} throws them away.</p>
        </ConfirmDialog>
      )}
      {conflict && (
        <ConfirmDialog
          title="Someone else saved this dashboard"
          testId="conflict-dialog"
          onCancel={() => save.reset()}
          actions={[
            { label: 'Save as copy', onClick: saveCopy, testId: 'conflict-save-copy', primary: true, disabled: copy.isPending },
            { label: 'Reload (discard my changes)', onClick: () => onExit('reload'), testId: 'conflict-reload', danger: true },
            { label: 'Keep editing', onClick: () => save.reset(), testId: 'conflict-cancel' },
          ]}
        >
          <p data-testid="conflict-message">
            Someone else saved version {conflict.currentVersion} (“{conflict.currentTitle}”) while you were editing version {version}. Nothing of yours was
            written. Save your changes as a new dashboard, or reload to see their version.
          </p>
          {copy.isError && (
            <p className="bad" role="alert">
              {copy.error.message}
            </p>
          )}
        </ConfirmDialog>
      )}
    </div>
  );
}

/**
 * While there are unsaved changes, a click on a link to another page (sidebar, panel menu) asks first, in the page.
 * Closing the tab or typing a URL is not guarded: the browser's own prompt for that is a native dialog.
 */
function useLeaveGuard(active: boolean, ask: (href: string) => void) {
  useEffect(() => {
    if (!active) return;
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.('a[href]');
      if (!(a instanceof HTMLAnchorElement) || a.target === '_blank' || a.origin !== window.location.origin) return;
      e.preventDefault();
      e.stopPropagation();
      ask(a.pathname + a.search + a.hash);
    };
    document.addEventListener('click', onClick, true);
    return () => document.removeEventListener('click', onClick, true);
  }, [active, ask]);
}
