'use client';

import { useMemo, useRef, useState } from 'react';
import { PanelView } from '@/components/dashboards/panels/PanelView';
import { useElementSize } from '@/components/dashboards/panels/use-element-size';
import type { Panel } from '@/lib/dashboards/model';
import { interpolate, type VariableScope } from '@/lib/dashboards/variables';
import { exploreTarget, runsQueries } from '@/lib/queries/dashboards/panel-queries';
import { isCapped } from '@/lib/queries/dashboards/to-panel-data';
import { usePanelData } from '@/lib/queries/dashboards/use-panel-data';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { InspectDialog } from './InspectDialog';
import { exploreHref } from './links';
import { PanelMenu } from './PanelMenu';

/** The panel frame's horizontal padding: the plot is this much narrower than the cell. */
const FRAME_PADDING_PX = 16;

export interface DashboardPanelProps {
  panel: Panel;
  /** Undefined while the variables resolve: the panel waits instead of querying with unresolved `$vars`. */
  scope: VariableScope | undefined;
  range: ResolvedRange;
  /** The time range as written in the URL, for Explore links. */
  time: { from: string; to: string };
  onZoom: (startMs: number, endMs: number) => void;
  onView?: () => void;
  /** Absent while editing: an unsaved panel has no link. */
  onCopyLink?: () => void;
}

/** One panel on a dashboard: measures its width, fetches its own data for it, and carries the panel menu. */
export function DashboardPanel({ panel, scope, range, time, onZoom, onView, onCopyLink }: DashboardPanelProps) {
  const cell = useRef<HTMLDivElement>(null);
  const { width } = useElementSize(cell);
  const [showAll, setShowAll] = useState(false);
  const [inspecting, setInspecting] = useState(false);
  const widthPx = Math.max(0, width - FRAME_PADDING_PX);
  const { data, plan } = usePanelData(panel, scope, range, widthPx, { seriesLimit: showAll ? Infinity : undefined });
  const text = useMemo(() => (scope ? (s: string) => interpolate(s, scope, 'text') : undefined), [scope]);
  const explore = exploreTarget(plan);
  const menu = (
    <PanelMenu
      title={panel.title}
      onView={onView}
      exploreHref={explore ? exploreHref(explore, time) : undefined}
      exploreLabel={explore?.view === 'logs' ? 'Explore in Logs' : 'Explore'}
      onCopyLink={onCopyLink}
      onInspect={runsQueries(panel) ? () => setInspecting(true) : undefined}
    />
  );
  return (
    <div className="dash-panel" ref={cell}>
      <PanelView
        panel={panel}
        data={data}
        startMs={range.startMs}
        endMs={range.endMs}
        onZoom={onZoom}
        menu={menu}
        interpolate={text}
        noticeAction={isCapped(data) ? { label: 'Show all', onClick: () => setShowAll(true) } : undefined}
      />
      {inspecting && <InspectDialog title={panel.title} plan={plan} data={data} onClose={() => setInspecting(false)} />}
    </div>
  );
}
