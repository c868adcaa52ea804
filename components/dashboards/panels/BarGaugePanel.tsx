'use client';

import { useMemo } from 'react';
import type { Panel } from '@/lib/dashboards/model';
import { displaySeries, fieldValues } from './display-series';
import { formatUnitValue } from './format-value';
import type { PanelSeries } from './panel-data';
import { gaugeRange, thresholdColor } from './thresholds';

export type BarGaugePanelModel = Extract<Panel, { type: 'bargauge' }>;

/**
 * A bar per series, filled to its reduced value within one shared [min, max] (so bars compare), coloured by
 * thresholds. Plain HTML boxes: a few dozen bars need no SVG.
 */
export function BarGaugePanel({ panel, series }: { panel: BarGaugePanelModel; series: PanelSeries[] }) {
  const { reduce, orientation } = panel.options;
  const values = useMemo(
    () => fieldValues(displaySeries(series, panel.targets, panel.fieldConfig), reduce),
    [series, panel.targets, panel.fieldConfig, reduce],
  );
  const defaults = panel.fieldConfig.defaults;
  const [min, max] = gaugeRange(
    values.map((v) => v.value),
    defaults.unit,
    defaults.min,
    defaults.max,
  );
  return (
    <div className={`panel-bargauge is-${orientation}`} data-testid="bargauge" data-orientation={orientation} data-count={values.length}>
      {values.map((v) => {
        const lo = v.field.min ?? min;
        const hi = v.field.max ?? max;
        const frac = Math.min(Math.max((v.value - lo) / (hi - lo), 0), 1) || 0;
        const color = thresholdColor(v.value, v.field.thresholds, lo, hi, v.field.color ? v.color : 'var(--accent)');
        const pct = `${(frac * 100).toFixed(2)}%`;
        return (
          <div key={v.id} className="panel-bargauge__row" data-testid="bargauge-item">
            <div className="panel-bargauge__name" title={v.name}>
              {v.name}
            </div>
            <div className="panel-bargauge__track">
              <div
                className="panel-bargauge__bar"
                data-testid="bargauge-bar"
                style={orientation === 'horizontal' ? { width: pct, background: color } : { height: pct, background: color }}
              />
            </div>
            <div className="panel-bargauge__value" style={{ color }} data-testid="bargauge-value">
              {formatUnitValue(v.value, v.field.unit, v.field.decimals)}
            </div>
          </div>
        );
      })}
    </div>
  );
}
