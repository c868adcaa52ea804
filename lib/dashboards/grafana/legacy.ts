/**
 * Grafana's retired `graph` (→ timeseries) and `singlestat` (→ stat, or gauge when its gauge was shown) panels.
 * Their settings live in panel-level fields (`yaxes`, `legend`, `format`, `thresholds: "80,90"`), not fieldConfig.
 */
import { gaugeOptions, statOptions, timeseriesOptions, type FieldConfig, type FieldDefaults, type Override, type Thresholds } from '../model';
import type { z } from 'zod';
import { mapDecimals, mapThresholds } from './field-config';
import { legendCalcs, mapReducer } from './panel-options';
import { arr, cut, num, rec, str, type Json } from './read';
import { mapUnit } from './units';
import type { PanelWarn } from './warnings';

/** Grafana's named threshold colours in legacy graph thresholds. */
const GRAPH_THRESHOLD_COLORS: Record<string, string> = { critical: 'red', warning: 'orange', ok: 'green' };

function graphThresholds(raw: unknown, warn: PanelWarn): Thresholds | undefined {
  const steps: Thresholds['steps'] = [];
  for (const item of arr(raw)) {
    const t = rec(item);
    const value = num(t?.value);
    if (!t || value === undefined) continue;
    if (t.op === 'lt') {
      warn('option-approximated', `A "below ${value}" graph threshold was dropped: thresholds only mark values above a level.`);
      continue;
    }
    const color = GRAPH_THRESHOLD_COLORS[str(t.colorMode) ?? ''] ?? str(t.lineColor) ?? str(t.fillColor) ?? 'red';
    steps.push({ value, color: cut(color, 64) });
  }
  if (steps.length === 0) return undefined;
  return { mode: 'absolute', steps: [{ value: null, color: 'green' }, ...steps.sort((a, b) => (a.value ?? 0) - (b.value ?? 0))] };
}

/** The old graph drew each threshold as a line, a fill above it, or both. */
function graphThresholdsStyle(raw: unknown): z.infer<typeof timeseriesOptions>['thresholdsStyle'] {
  const items = arr(raw).map(rec).filter((t) => t && num(t.value) !== undefined && t.op !== 'lt');
  if (items.length === 0) return 'off';
  const line = items.some((t) => t?.line !== false);
  const fill = items.some((t) => t?.fill !== false);
  return line && fill ? 'line+area' : fill ? 'area' : 'line';
}

export function graphPanel(p: Json, warn: PanelWarn): { options: z.infer<typeof timeseriesOptions>; fieldConfig: FieldConfig } {
  const legend = rec(p.legend) ?? {};
  const lines = p.lines !== false;
  const bars = p.bars === true;
  const points = p.points === true;
  const stack = p.stack === true;
  const options = timeseriesOptions.parse({
    drawStyle: bars ? 'bars' : !lines && points ? 'points' : 'line',
    fill: lines && (num(p.fill) ?? 1) > 0 ? 'area' : 'none',
    stacking: stack ? (p.percentage === true ? 'percent' : 'normal') : 'none',
    thresholdsStyle: graphThresholdsStyle(p.thresholds),
    legend: {
      mode: legend.show === false ? 'hidden' : legend.alignAsTable === true ? 'table' : 'list',
      placement: legend.rightSide === true ? 'right' : 'bottom',
      calcs: legendCalcs(['current', 'avg', 'max', 'min', 'total'].filter((k) => legend[k] === true), warn),
    },
  });

  const axis = rec(arr(p.yaxes)[0]) ?? {};
  const defaults: FieldDefaults = {};
  const unit = mapUnit(axis.format);
  if (unit) defaults.unit = unit;
  const min = num(axis.min);
  if (min !== undefined) defaults.min = min;
  const max = num(axis.max);
  if (max !== undefined) defaults.max = max;
  const decimals = mapDecimals(axis.decimals ?? p.decimals);
  if (decimals !== undefined) defaults.decimals = decimals;
  const thresholds = graphThresholds(p.thresholds, warn);
  if (thresholds) defaults.thresholds = thresholds;

  // aliasColors pins a colour to a series name: exactly a byName color override.
  const overrides: Override[] = Object.entries(rec(p.aliasColors) ?? {})
    .filter((e): e is [string, string] => typeof e[1] === 'string' && e[1] !== '')
    .slice(0, 64)
    .map(([name, color]) => ({ matcher: { id: 'byName', options: cut(name, 1024) }, properties: [{ id: 'color', value: cut(color, 64) }] }));

  const so = arr(p.seriesOverrides);
  if (so.length > 0) {
    const aliases = so.map((o) => str(rec(o)?.alias)).filter((a): a is string => !!a);
    warn('series-overrides-ignored', `${so.length} legacy series override(s) ignored${aliases.length ? ` (for ${aliases.map((a) => `"${a}"`).join(', ')})` : ''}; re-create them as overrides.`);
  }
  const mode = str(rec(p.xaxis)?.mode);
  if (mode && mode !== 'time') warn('option-approximated', `The graph's x-axis mode "${mode}" is not supported; shown as a time series.`);
  if (rec(arr(p.yaxes)[1])?.show === true && so.some((o) => rec(o)?.yaxis === 2)) {
    warn('option-approximated', 'Series on the right y-axis are drawn on the left axis.');
  }
  return { options, fieldConfig: { defaults, overrides } };
}

const SINGLESTAT_REDUCERS: Record<string, string> = { current: 'last', avg: 'mean', min: 'min', max: 'max', total: 'sum' };

/** A singlestat: `thresholds: "80,90"` with `colors: [base, above80, above90]`, optionally drawn as a gauge. */
type Singlestat =
  | { type: 'stat'; options: z.infer<typeof statOptions>; fieldConfig: FieldConfig }
  | { type: 'gauge'; options: z.infer<typeof gaugeOptions>; fieldConfig: FieldConfig };

export function singlestatPanel(p: Json, warn: PanelWarn): Singlestat {
  const valueName = str(p.valueName) ?? 'avg';
  const reduce = mapReducer(SINGLESTAT_REDUCERS[valueName] ?? valueName, warn);
  const colors = arr(p.colors).filter((c): c is string => typeof c === 'string');
  const levels = (str(p.thresholds) ?? '')
    .split(',')
    .map((v) => num(v.trim()))
    .filter((v): v is number => v !== undefined);
  const defaults: FieldDefaults = {};
  const unit = mapUnit(p.format);
  if (unit) defaults.unit = unit;
  const decimals = mapDecimals(p.decimals);
  if (decimals !== undefined) defaults.decimals = decimals;
  if (levels.length > 0) {
    const steps = [{ value: null, color: colors[0] ?? 'green' }, ...levels.map((value, i) => ({ value, color: colors[i + 1] ?? colors.at(-1) ?? 'red' }))];
    defaults.thresholds = mapThresholds({ mode: 'absolute', steps });
  }
  const gauge = rec(p.gauge);
  if (gauge?.show === true) {
    const min = num(gauge.minValue);
    const max = num(gauge.maxValue);
    if (min !== undefined) defaults.min = min;
    if (max !== undefined) defaults.max = max;
  }
  const lost = [
    arr(p.valueMaps).length + arr(p.rangeMaps).length > 0 && 'value/range mappings',
    (str(p.prefix) || str(p.postfix)) && 'prefix/postfix text',
  ].filter((x): x is string => typeof x === 'string');
  if (lost.length > 0) warn('field-option-dropped', `Not supported, dropped: ${lost.join(', ')}.`);

  const fieldConfig: FieldConfig = { defaults, overrides: [] };
  if (gauge?.show === true) return { type: 'gauge', options: { reduce }, fieldConfig };
  const options = statOptions.parse({
    reduce,
    sparkline: rec(p.sparkline)?.show === true,
    colorMode: p.colorBackground === true ? 'background' : p.colorValue === true ? 'value' : 'none',
  });
  return { type: 'stat', options, fieldConfig };
}
