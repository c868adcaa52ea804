'use client';

import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ConfirmDialog } from '@/components/dashboards/editor/ConfirmDialog';
import { useDeleteDashboard } from '@/lib/queries/dashboards/use-dashboard-editing';

// Only fetched when opened: viewers who never look at the history do not download it.
const VersionHistory = dynamic(() => import('@/components/dashboards/editor/VersionHistory'), { ssr: false });

export interface EditActionsProps {
  uid: string;
  version: number;
  onEdit: () => void;
  /** After a restore: show the new version. */
  onRestored: () => void;
}

/** Edit, version history and delete (with an in-page confirmation) for a saved dashboard. */
export function EditActions({ uid, version, onEdit, onRestored }: EditActionsProps) {
  const router = useRouter();
  const del = useDeleteDashboard(uid);
  const [history, setHistory] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  return (
    <>
      <button type="button" className="btn btn--primary" onClick={onEdit} data-testid="dashboard-edit">
        Edit
      </button>
      <button type="button" className="btn" onClick={() => setHistory(true)} data-testid="dashboard-history">
        History
      </button>
      <button type="button" className="btn" onClick={() => setConfirmDelete(true)} data-testid="dashboard-delete">
        Delete
      </button>
      {history && (
        <VersionHistory
          uid={uid}
          version={version}
          onClose={() => setHistory(false)}
          onRestored={() => {
            setHistory(false);
            onRestored();
          }}
        />
      )}
      {confirmDelete && (
        <ConfirmDialog
          title="Delete this dashboard?"
          testId="delete-dialog"
          onCancel={() => setConfirmDelete(false)}
          actions={[
            { label: 'Cancel', onClick: () => setConfirmDelete(false), testId: 'delete-cancel' },
            {
              label: del.isPending ? 'Deleting…' : 'Delete',
              onClick: () => del.mutate(undefined, { onSuccess: () => router.push('/dashboards') }),
              testId: 'delete-confirm',
              danger: true,
              disabled: del.isPending,
            },
          ]}
        >
          <p>The dashboard and all its saved versions are deleted. This cannot be undone.</p>
          {del.isError && (
            <p className="bad" role="alert">
              {del.error.message}
            </p>
          )}
        </ConfirmDialog>
      )}
    </>
  );
}
