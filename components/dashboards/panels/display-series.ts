import { seriesColor } from '@/components/charts/geometry';
import { formatLegend } from '@/components/charts/legend';
import type { FieldConfig, Target } from '@/lib/dashboards/model';
import type { Labels, Point } from '@/lib/datasources/types';
import { cssColor } from './colors';
import { applyOverrides, interpolateDisplayName, type FieldDisplay } from './overrides';
import type { PanelSeries } from './panel-data';
import { reduce, type Reducer } from './reduce';

/** A series ready to show: named (legendFormat, then overrides), coloured, with its effective field settings. */
export interface DisplaySeries {
  /** Stable across refreshes: target and label set. */
  id: string;
  name: string;
  color: string;
  labels: Labels;
  points: readonly Point[];
  field: FieldDisplay;
}

export function labelsId(labels: Labels): string {
  return JSON.stringify(Object.keys(labels).sort().map((k) => [k, labels[k]]));
}

/**
 * Names and colours a panel's series. The legend name comes from the producing target's `legendFormat` (series
 * without a refId use the first target's); overrides match that name; a display name (from the defaults or an
 * override, with `${__field.labels.x}` expanded) then replaces it. Palette colours follow series order.
 */
export function displaySeries(
  series: readonly PanelSeries[],
  targets: readonly Pick<Target, 'refId' | 'legendFormat'>[],
  fieldConfig: FieldConfig | undefined,
): DisplaySeries[] {
  const formats = new Map(targets.map((t) => [t.refId, t.legendFormat]));
  const seen = new Set<string>();
  return series.map((s, i) => {
    const legend = formatLegend(s.labels, s.refId !== undefined ? formats.get(s.refId) : targets[0]?.legendFormat);
    const field = applyOverrides(legend, fieldConfig);
    let id = `${s.refId ?? ''}:${labelsId(s.labels)}`;
    if (seen.has(id)) id = `${id}#${i}`;
    seen.add(id);
    return {
      id,
      name: field.displayName ? interpolateDisplayName(field.displayName, s.labels, legend) : legend,
      color: cssColor(field.color, seriesColor(i)),
      labels: s.labels,
      points: s.points,
      field,
    };
  });
}

/** One reduced value per series: what stat, gauge and bar gauge show. */
export interface FieldValue extends DisplaySeries {
  value: number;
}

export function fieldValues(series: readonly DisplaySeries[], reducer: Reducer): FieldValue[] {
  return series.map((s) => ({ ...s, value: reduce(s.points, reducer) }));
}
