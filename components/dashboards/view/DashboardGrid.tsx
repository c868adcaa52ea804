'use client';

import { useState, type CSSProperties } from 'react';
import type { DashboardModel, Panel } from '@/lib/dashboards/model';
import { GRID_GAP_PX, GRID_ROW_PX, layoutSections, type PlacedPanel } from './grid-layout';

export interface DashboardGridProps {
  model: DashboardModel;
  renderPanel: (panel: Panel) => React.ReactNode;
  /** Titles of rows may hold variables. */
  text: (s: string) => string;
}

const gridStyle = { '--dash-row': `${GRID_ROW_PX}px`, '--dash-gap': `${GRID_GAP_PX}px` } as CSSProperties;

/** Rows (collapsible; the state is the viewer's, not saved) and the panels of each on the 24-column grid. */
export function DashboardGrid({ model, renderPanel, text }: DashboardGridProps) {
  const sections = layoutSections(model);
  const [collapsed, setCollapsed] = useState<Record<number, boolean>>(() =>
    Object.fromEntries(sections.filter((s) => s.row).map((s) => [s.row!.id, s.row!.collapsed])),
  );
  return (
    <div className="dash-grid" data-testid="dashboard-grid" style={gridStyle}>
      {sections.map((s, i) => {
        const id = s.row?.id;
        const isCollapsed = id !== undefined && (collapsed[id] ?? false);
        return (
          <section key={id ?? `top-${i}`} className="dash-section" data-testid={s.row ? 'dashboard-row-section' : undefined}>
            {s.row && (
              <button
                type="button"
                className="dash-row-header"
                aria-expanded={!isCollapsed}
                data-testid="dashboard-row-toggle"
                onClick={() => setCollapsed((c) => ({ ...c, [id!]: !isCollapsed }))}
              >
                <span className="dash-row-header__caret">{isCollapsed ? '▸' : '▾'}</span>
                {text(s.row.title) || 'Row'}
                {isCollapsed && <span className="muted"> ({s.panels.length} panels)</span>}
              </button>
            )}
            {!isCollapsed && s.panels.length > 0 && <SectionGrid panels={s.panels} renderPanel={renderPanel} />}
          </section>
        );
      })}
    </div>
  );
}

function SectionGrid({ panels, renderPanel }: { panels: PlacedPanel[]; renderPanel: (panel: Panel) => React.ReactNode }) {
  return (
    <div className="dash-section__grid">
      {panels.map(({ panel, placement }) => (
        <div key={panel.id} className="dash-section__cell" style={placement}>
          {renderPanel(panel)}
        </div>
      ))}
    </div>
  );
}
