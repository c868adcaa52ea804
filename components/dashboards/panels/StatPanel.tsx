'use client';

import { useMemo } from 'react';
import type { Panel } from '@/lib/dashboards/model';
import { displaySeries, fieldValues } from './display-series';
import { formatUnitValue } from './format-value';
import type { PanelSeries } from './panel-data';
import { Sparkline } from './Sparkline';
import { gaugeRange, thresholdColor } from './thresholds';

export type StatPanelModel = Extract<Panel, { type: 'stat' }>;

/**
 * One reduced value per series, in its unit, coloured by thresholds (text or background), with an optional
 * sparkline of the range. Names and values show as the text mode says; in "auto", names only when there is more
 * than one value, as in Grafana. A "name" stat shows a state such as a pod's phase as a word.
 */
export function StatPanel({ panel, series }: { panel: StatPanelModel; series: PanelSeries[] }) {
  const { reduce, sparkline, colorMode, textMode } = panel.options;
  const values = useMemo(
    () => fieldValues(displaySeries(series, panel.targets, panel.fieldConfig), reduce),
    [series, panel.targets, panel.fieldConfig, reduce],
  );
  return (
    <div className="panel-stat" data-testid="stat" data-count={values.length}>
      {values.map((v) => {
        const [min, max] = gaugeRange([v.value], v.field.unit, v.field.min, v.field.max);
        const color = thresholdColor(v.value, v.field.thresholds, min, max, v.field.color ? v.color : 'var(--text)');
        const bg = colorMode === 'background';
        return (
          <div
            key={v.id}
            className={`panel-stat__item${bg ? ' is-background' : ''}`}
            style={bg ? { background: color } : undefined}
            data-testid="stat-item"
          >
            {(textMode === 'value_and_name' || (textMode === 'auto' && values.length > 1)) && (
              <div className="panel-stat__name" title={v.name}>
                {v.name}
              </div>
            )}
            <div
              className="panel-stat__value"
              data-testid="stat-value"
              title={textMode === 'name' ? formatUnitValue(v.value, v.field.unit, v.field.decimals) : undefined}
              style={colorMode === 'value' ? { color } : undefined}
            >
              {textMode === 'name' ? v.name : formatUnitValue(v.value, v.field.unit, v.field.decimals)}
            </div>
            {sparkline && <Sparkline points={v.points} color={bg ? 'rgb(255 255 255 / 80%)' : color === 'var(--text)' ? 'var(--accent)' : color} />}
          </div>
        );
      })}
    </div>
  );
}
