/** Options of the panel types Grafana ≥ 7 writes (timeseries, stat, gauge, bargauge, table, logs). */
import { barGaugeOptions, gaugeOptions, logsOptions, statOptions, tableOptions, timeseriesOptions } from '../model';
import type { z } from 'zod';
import { arr, bool, clamp, num, rec, str } from './read';
import type { PanelWarn } from './warnings';

export type Reducer = 'last' | 'mean' | 'max' | 'min' | 'sum';
type TimeseriesOptions = z.infer<typeof timeseriesOptions>;

const REDUCERS: Record<string, Reducer> = {
  last: 'last',
  lastNotNull: 'last',
  current: 'last',
  mean: 'mean',
  avg: 'mean',
  max: 'max',
  min: 'min',
  sum: 'sum',
  total: 'sum',
};

export function mapReducer(id: unknown, warn: PanelWarn): Reducer {
  if (id === undefined) return 'last';
  const r = typeof id === 'string' ? REDUCERS[id] : undefined;
  if (!r) warn('option-approximated', `Calculation "${String(id)}" is not supported; the last value is shown instead.`);
  return r ?? 'last';
}

/** Grafana's `reduceOptions`: the first calculation, and a warning when it shows every value (no reduction). */
function reduceFrom(options: Record<string, unknown>, warn: PanelWarn): Reducer {
  const ro = rec(options.reduceOptions) ?? {};
  if (ro.values === true) warn('option-approximated', 'The panel showed every value ("All values"); it now shows one reduced value per series.');
  return mapReducer(arr(ro.calcs)[0], warn);
}

export function legendCalcs(calcs: unknown[], warn: PanelWarn): TimeseriesOptions['legend']['calcs'] {
  const out = new Set<Reducer>();
  for (const c of calcs) {
    const r = typeof c === 'string' ? REDUCERS[c] : undefined;
    if (r) out.add(r);
    else warn('legend-calc-dropped', `Legend calculation "${String(c)}" is not supported and was dropped.`);
  }
  return [...out];
}

/** Grafana draws dashed threshold lines and can colour the series itself by threshold; Lantern draws solid lines. */
function thresholdsStyleFrom(mode: string | undefined, warn: PanelWarn): TimeseriesOptions['thresholdsStyle'] {
  switch (mode) {
    case undefined:
    case 'off':
      return 'off';
    case 'line':
    case 'area':
    case 'line+area':
      return mode;
    case 'dashed':
      return 'line';
    case 'dashed+area':
      return 'line+area';
    default:
      warn('option-approximated', `Thresholds style "${mode}" is not supported; thresholds are drawn as lines.`);
      return 'line';
  }
}

export function timeseriesFrom(options: Record<string, unknown>, fieldDefaults: unknown, warn: PanelWarn): TimeseriesOptions {
  const custom = rec(rec(fieldDefaults)?.custom) ?? {};
  const legend = rec(options.legend) ?? {};
  const draw = str(custom.drawStyle);
  const stacking = str(rec(custom.stacking)?.mode);
  const displayMode = str(legend.displayMode);
  return timeseriesOptions.parse({
    drawStyle: draw === 'bars' || draw === 'points' ? draw : 'line',
    fill: (num(custom.fillOpacity) ?? 0) > 0 ? 'area' : 'none',
    stacking: stacking === 'normal' || stacking === 'percent' ? stacking : 'none',
    thresholdsStyle: thresholdsStyleFrom(str(rec(custom.thresholdsStyle)?.mode), warn),
    legend: {
      mode: legend.showLegend === false || displayMode === 'hidden' ? 'hidden' : displayMode === 'table' ? 'table' : 'list',
      placement: legend.placement === 'right' ? 'right' : 'bottom',
      calcs: legendCalcs(arr(legend.calcs), warn),
    },
  });
}

function textModeFrom(mode: string | undefined, warn: PanelWarn): z.infer<typeof statOptions>['textMode'] {
  if (mode === undefined || mode === 'auto' || mode === 'value' || mode === 'name' || mode === 'value_and_name') return mode ?? 'auto';
  warn('option-approximated', `Stat text mode "${mode}" is not supported; the value is shown.`);
  return 'value';
}

export function statFrom(options: Record<string, unknown>, warn: PanelWarn): z.infer<typeof statOptions> {
  const colorMode = str(options.colorMode);
  return statOptions.parse({
    reduce: reduceFrom(options, warn),
    sparkline: options.graphMode === undefined ? true : options.graphMode === 'area',
    colorMode: colorMode === 'none' ? 'none' : colorMode?.startsWith('background') ? 'background' : 'value',
    textMode: textModeFrom(str(options.textMode), warn),
  });
}

export function gaugeFrom(options: Record<string, unknown>, warn: PanelWarn): z.infer<typeof gaugeOptions> {
  return gaugeOptions.parse({ reduce: reduceFrom(options, warn) });
}

/** Grafana's `auto` orientation depends on the rendered size; horizontal bars are its usual outcome. */
export function barGaugeFrom(options: Record<string, unknown>, warn: PanelWarn): z.infer<typeof barGaugeOptions> {
  return barGaugeOptions.parse({ reduce: reduceFrom(options, warn), orientation: options.orientation === 'vertical' ? 'vertical' : 'horizontal' });
}

export function tableFrom(options: Record<string, unknown>): z.infer<typeof tableOptions> {
  const first = rec(arr(options.sortBy)[0]);
  const column = str(first?.displayName);
  return column ? { sortBy: { column, desc: bool(first?.desc) ?? false } } : {};
}

export function logsFrom(options: Record<string, unknown>, limit: number | undefined): z.infer<typeof logsOptions> {
  return logsOptions.parse({
    showTime: bool(options.showTime) ?? true,
    wrap: bool(options.wrapLogMessage) ?? false,
    showLabels: bool(options.showLabels) ?? bool(options.showCommonLabels) ?? false,
    limit: limit === undefined ? 1000 : clamp(Math.round(limit), 1, 5000),
    direction: options.sortOrder === 'Ascending' ? 'forward' : 'backward',
  });
}
