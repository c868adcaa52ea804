'use client';

import { useMemo } from 'react';
import type { Panel } from '@/lib/dashboards/model';
import { displaySeries, fieldValues, type FieldValue } from './display-series';
import { formatUnitValue } from './format-value';
import type { PanelSeries } from './panel-data';
import { arcPath } from './shape-paths';
import { gaugeRange, thresholdColor, thresholdSegments } from './thresholds';

export type GaugePanelModel = Extract<Panel, { type: 'gauge' }>;

const SWEEP = 120; // degrees each side of the top
const CX = 100;
const CY = 96;

/** A gauge per series: an SVG arc filled to the reduced value, its thresholds as coloured segments around it. */
export function GaugePanel({ panel, series }: { panel: GaugePanelModel; series: PanelSeries[] }) {
  const reduce = panel.options.reduce;
  const values = useMemo(
    () => fieldValues(displaySeries(series, panel.targets, panel.fieldConfig), reduce),
    [series, panel.targets, panel.fieldConfig, reduce],
  );
  return (
    <div className="panel-gauges" data-testid="gauge" data-count={values.length}>
      {values.map((v) => (
        <Gauge key={v.id} v={v} named={values.length > 1} />
      ))}
    </div>
  );
}

function Gauge({ v, named }: { v: FieldValue; named: boolean }) {
  const [min, max] = gaugeRange([v.value], v.field.unit, v.field.min, v.field.max);
  const color = thresholdColor(v.value, v.field.thresholds, min, max, v.field.color ? v.color : 'var(--accent)');
  const angle = (value: number) => -SWEEP + (Math.min(Math.max((value - min) / (max - min), 0), 1) || 0) * 2 * SWEEP;
  const segments = thresholdSegments(v.field.thresholds, min, max);
  const text = formatUnitValue(v.value, v.field.unit, v.field.decimals);
  return (
    <figure className="panel-gauge" data-testid="gauge-item">
      <svg viewBox="0 0 200 150" role="img" aria-label={`${v.name}: ${text}`}>
        {segments.map((s, i) => (
          <path key={i} d={arcPath(CX, CY, 88, angle(s.from), angle(s.to))} stroke={s.color} strokeWidth={5} fill="none" data-testid="gauge-threshold" />
        ))}
        <path d={arcPath(CX, CY, 72, -SWEEP, SWEEP)} stroke="var(--bg-raised)" strokeWidth={18} fill="none" />
        {Number.isFinite(v.value) && v.value > min && (
          <path d={arcPath(CX, CY, 72, -SWEEP, angle(v.value))} stroke={color} strokeWidth={18} fill="none" data-testid="gauge-value-arc" />
        )}
        <text x={CX} y={CY + 8} textAnchor="middle" className="panel-gauge__value" fill={color} data-testid="gauge-value">
          {text}
        </text>
        <text x={CX - 60} y={CY + 50} textAnchor="middle" className="panel-gauge__bound">
          {formatUnitValue(min, v.field.unit, v.field.decimals)}
        </text>
        <text x={CX + 60} y={CY + 50} textAnchor="middle" className="panel-gauge__bound">
          {formatUnitValue(max, v.field.unit, v.field.decimals)}
        </text>
      </svg>
      {named && (
        <figcaption className="panel-gauge__name" title={v.name}>
          {v.name}
        </figcaption>
      )}
    </figure>
  );
}
