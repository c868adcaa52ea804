'use client';

import type { CSSProperties, ReactNode } from 'react';
import { GRID_GAP_PX, GRID_ROW_PX, layoutSections } from '@/components/dashboards/view/grid-layout';
import type { Direction } from '@/lib/dashboards/edit/panels';
import type { DashboardModel, Panel } from '@/lib/dashboards/model';

export type PanelAction = { kind: 'edit' | 'duplicate' | 'remove' } | { kind: 'move'; dir: Direction } | { kind: 'resize'; dw: number; dh: number };
export type RowAction = { kind: 'toggle' | 'remove' } | { kind: 'move'; dir: 'up' | 'down' } | { kind: 'rename'; title: string };

export interface EditGridProps {
  model: DashboardModel;
  renderPanel: (panel: Panel) => ReactNode;
  onPanel: (id: number, action: PanelAction) => void;
  onRow: (id: number, action: RowAction) => void;
}

const gridStyle = { '--dash-row': `${GRID_ROW_PX}px`, '--dash-gap': `${GRID_GAP_PX}px` } as CSSProperties;

/** The grid in edit mode: each panel with move, resize, edit, duplicate and remove controls; rows with theirs. */
export function EditGrid({ model, renderPanel, onPanel, onRow }: EditGridProps) {
  const sections = layoutSections(model);
  return (
    <div className="dash-grid dash-grid--editing" data-testid="dashboard-grid" style={gridStyle}>
      {sections.map((s, i) => (
        <section key={s.row?.id ?? `top-${i}`} className="dash-section">
          {s.row && <RowHeader row={s.row} count={s.panels.length} onRow={(a) => onRow(s.row!.id, a)} />}
          {!s.row?.collapsed && s.panels.length > 0 && (
            <div className="dash-section__grid">
              {s.panels.map(({ panel, placement }) => (
                <div key={panel.id} className="dash-section__cell dash-edit-cell" style={placement} data-testid="edit-cell" data-panel-id={panel.id}>
                  <PanelControls panel={panel} onAction={(a) => onPanel(panel.id, a)} />
                  {renderPanel(panel)}
                </div>
              ))}
            </div>
          )}
        </section>
      ))}
    </div>
  );
}

function RowHeader({ row, count, onRow }: { row: NonNullable<ReturnType<typeof layoutSections>[number]['row']>; count: number; onRow: (a: RowAction) => void }) {
  return (
    <div className="dash-row-header dash-row-header--editing" data-testid="edit-row" data-row-id={row.id}>
      <button type="button" className="btn btn--ghost" aria-expanded={!row.collapsed} onClick={() => onRow({ kind: 'toggle' })} data-testid="edit-row-toggle">
        {row.collapsed ? '▸' : '▾'}
      </button>
      <input className="input" value={row.title} aria-label="Row title" onChange={(e) => onRow({ kind: 'rename', title: e.target.value })} data-testid="edit-row-title" />
      {row.collapsed && <span className="muted">({count} panels)</span>}
      <button type="button" className="btn btn--ghost" aria-label="Move row up" onClick={() => onRow({ kind: 'move', dir: 'up' })}>
        ↑
      </button>
      <button type="button" className="btn btn--ghost" aria-label="Move row down" onClick={() => onRow({ kind: 'move', dir: 'down' })}>
        ↓
      </button>
      <button type="button" className="btn btn--ghost" onClick={() => onRow({ kind: 'remove' })} data-testid="edit-row-remove" title="Remove the row; its panels stay">
        Remove row
      </button>
    </div>
  );
}

function PanelControls({ panel, onAction }: { panel: Panel; onAction: (a: PanelAction) => void }) {
  const b = (label: string, a: PanelAction, testId: string, title?: string) => (
    <button type="button" className="btn btn--ghost" onClick={() => onAction(a)} data-testid={testId} title={title ?? label} aria-label={`${title ?? label}: ${panel.title || 'panel'}`}>
      {label}
    </button>
  );
  return (
    <div className="dash-edit-controls" data-testid="panel-controls">
      {b('Edit', { kind: 'edit' }, 'panel-edit')}
      {b('Copy', { kind: 'duplicate' }, 'panel-duplicate', 'Duplicate')}
      {b('✕', { kind: 'remove' }, 'panel-remove', 'Remove')}
      <span className="dash-edit-controls__sep" />
      {b('←', { kind: 'move', dir: 'left' }, 'panel-move-left', 'Move left')}
      {b('↑', { kind: 'move', dir: 'up' }, 'panel-move-up', 'Move up')}
      {b('↓', { kind: 'move', dir: 'down' }, 'panel-move-down', 'Move down')}
      {b('→', { kind: 'move', dir: 'right' }, 'panel-move-right', 'Move right')}
      <span className="dash-edit-controls__sep" />
      {b('W−', { kind: 'resize', dw: -1, dh: 0 }, 'panel-narrower', 'Narrower')}
      {b('W+', { kind: 'resize', dw: 1, dh: 0 }, 'panel-wider', 'Wider')}
      {b('H−', { kind: 'resize', dw: 0, dh: -1 }, 'panel-shorter', 'Shorter')}
      {b('H+', { kind: 'resize', dw: 0, dh: 1 }, 'panel-taller', 'Taller')}
      <span className="muted" data-testid="panel-size">
        {panel.gridPos.w}×{panel.gridPos.h}
      </span>
    </div>
  );
}
