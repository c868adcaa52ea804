'use client';

import { useCallback, useMemo, useState } from 'react';
import { addPanel, addRow, duplicatePanel, movePanel, moveRow, removePanel, removeRow, resizePanel, updatePanel, updateRow, type EditablePanelType } from '@/lib/dashboards/edit/panels';
import { findPanel } from '@/components/dashboards/view/grid-layout';
import type { DashboardModel, Panel } from '@/lib/dashboards/model';
import type { PanelAction, RowAction } from './EditGrid';

/** The edited copy of the model and every edit the editor offers; `dirty` compares it with where it started. */
export function useEditorDraft(initial: DashboardModel) {
  const [draft, setDraft] = useState(initial);
  const [editing, setEditing] = useState<number | null>(null);
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(initial), [draft, initial]);

  const onPanel = useCallback((id: number, a: PanelAction) => {
    if (a.kind === 'edit') return setEditing(id);
    setDraft((m): DashboardModel => {
      switch (a.kind) {
        case 'duplicate':
          return duplicatePanel(m, id).model;
        case 'remove':
          return removePanel(m, id);
        case 'move':
          return movePanel(m, id, a.dir);
        case 'resize':
          return resizePanel(m, id, a.dw, a.dh);
        default:
          return m;
      }
    });
  }, []);

  const onRow = useCallback((id: number, a: RowAction) => {
    setDraft((m): DashboardModel => {
      switch (a.kind) {
        case 'toggle': {
          const row = m.panels.find((p) => p.type === 'row' && p.id === id);
          return row?.type === 'row' ? updateRow(m, id, { collapsed: !row.collapsed }) : m;
        }
        case 'rename':
          return updateRow(m, id, { title: a.title });
        case 'remove':
          return removeRow(m, id);
        case 'move':
          return moveRow(m, id, a.dir);
        default:
          return m;
      }
    });
  }, []);

  const add = useCallback(
    (type: EditablePanelType) => {
      const r = addPanel(draft, type);
      setDraft(r.model);
      setEditing(r.id);
    },
    [draft],
  );

  return {
    draft,
    dirty,
    change: (change: Partial<DashboardModel>) => setDraft((m) => ({ ...m, ...change })),
    onPanel,
    onRow,
    addPanel: add,
    addRow: () => setDraft((m) => addRow(m).model),
    editingPanel: editing === null ? undefined : findPanel(draft, editing),
    closePanel: () => setEditing(null),
    applyPanel: (p: Panel) => {
      setDraft((m) => updatePanel(m, p.id, () => p));
      setEditing(null);
    },
  };
}
