'use client';

import { useMemo } from 'react';
import type { Panel } from '@/lib/dashboards/model';
import { displaySeries } from './display-series';
import type { PanelSeries } from './panel-data';
import { PanelChart } from './PanelChart';

export type TimeSeriesPanelModel = Extract<Panel, { type: 'timeseries' }>;

export interface TimeSeriesPanelProps {
  panel: TimeSeriesPanelModel;
  series: PanelSeries[];
  startMs: number;
  endMs: number;
  onZoom?: (startMs: number, endMs: number) => void;
}

export function TimeSeriesPanel({ panel, series, startMs, endMs, onZoom }: TimeSeriesPanelProps) {
  const { drawStyle, fill, stacking, legend, thresholdsStyle } = panel.options;
  const defaults = panel.fieldConfig.defaults;
  const shown = useMemo(() => displaySeries(series, panel.targets, panel.fieldConfig), [series, panel.targets, panel.fieldConfig]);
  return (
    <PanelChart
      series={shown}
      startMs={startMs}
      endMs={endMs}
      drawStyle={drawStyle}
      fill={fill === 'area'}
      stacking={stacking}
      unit={defaults.unit}
      decimals={defaults.decimals}
      min={defaults.min}
      max={defaults.max}
      thresholds={defaults.thresholds}
      thresholdsStyle={thresholdsStyle}
      legend={legend}
      onZoom={onZoom}
    />
  );
}
