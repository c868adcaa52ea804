'use client';

import { useMemo } from 'react';
import { LogList } from '@/components/logs/LogList';
import type { Panel } from '@/lib/dashboards/model';
import type { LogEntry } from '@/lib/datasources/types';
import { orderLogEntries } from './log-entries';

export type LogsPanelModel = Extract<Panel, { type: 'logs' }>;

/**
 * Log lines on a dashboard, through the logs view's virtualised list: lines are text (ANSI colours as spans),
 * never HTML. Entries are shown newest first for `backward`, oldest first for `forward`, at most `limit`.
 */
export function LogsPanel({ panel, entries }: { panel: LogsPanelModel; entries: LogEntry[] }) {
  const { direction, limit, wrap, showLabels } = panel.options;
  const shown = useMemo(() => orderLogEntries(entries, direction, limit), [entries, direction, limit]);
  return (
    <div className="panel-logs" data-testid="logs-panel" data-count={shown.length}>
      <LogList entries={shown} wrap={wrap} showLabels={showLabels} />
    </div>
  );
}
