/**
 * The dashboard model: what is saved (Prisma `Dashboard.model`), shared as JSON, imported from Grafana and
 * rendered. Close to Grafana's shape on purpose (panels on a 24-column grid, rows, templating variables,
 * field config with thresholds and overrides) so imports lose little, but typed and validated. Pure.
 */
import { z } from 'zod';

export const DATASOURCES = ['prometheus', 'loki'] as const;
export const datasourceKind = z.enum(DATASOURCES);
export type DatasourceKind = z.infer<typeof datasourceKind>;

export const UNITS = [
  'short',
  'none',
  'percent', // 0-100
  'percentunit', // 0-1
  'bytes', // IEC
  'decbytes', // SI
  'bits',
  'Bps', // bytes/s
  'bps', // bits/s
  's',
  'ms',
  'µs',
  'ns',
  'reqps',
  'ops',
  'cores',
  'dateTimeAsIso',
] as const;
export const unit = z.string().max(64); // unknown Grafana units are kept and shown as-is

export const gridPos = z.object({
  x: z.number().int().min(0).max(23),
  y: z.number().int().min(0),
  w: z.number().int().min(1).max(24),
  h: z.number().int().min(1).max(200),
});
export type GridPos = z.infer<typeof gridPos>;

export const target = z.object({
  refId: z.string().min(1).max(16),
  datasource: datasourceKind,
  expr: z.string().max(64 * 1024),
  legendFormat: z.string().max(1024).optional(),
  /** Minimum step for this query, e.g. `30s` (Grafana `interval`). */
  interval: z.string().max(32).optional(),
  instant: z.boolean().optional(),
  hide: z.boolean().optional(),
});
export type Target = z.infer<typeof target>;

export const thresholdStep = z.object({ value: z.number().nullable(), color: z.string().max(64) });
export const thresholds = z.object({ mode: z.enum(['absolute', 'percentage']).default('absolute'), steps: z.array(thresholdStep).max(64) });
export type Thresholds = z.infer<typeof thresholds>;

export const fieldDefaults = z.object({
  unit: unit.optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  decimals: z.number().int().min(0).max(10).optional(),
  displayName: z.string().max(256).optional(),
  color: z.string().max(64).optional(),
  thresholds: thresholds.optional(),
});
export type FieldDefaults = z.infer<typeof fieldDefaults>;

export const override = z.object({
  matcher: z.object({ id: z.enum(['byName', 'byRegexp']), options: z.string().max(1024) }),
  properties: z
    .array(
      z.discriminatedUnion('id', [
        z.object({ id: z.literal('unit'), value: unit }),
        z.object({ id: z.literal('color'), value: z.string().max(64) }),
        z.object({ id: z.literal('displayName'), value: z.string().max(256) }),
        z.object({ id: z.literal('min'), value: z.number() }),
        z.object({ id: z.literal('max'), value: z.number() }),
        z.object({ id: z.literal('decimals'), value: z.number().int().min(0).max(10) }),
      ]),
    )
    .max(32),
});
export type Override = z.infer<typeof override>;

export const fieldConfig = z.object({ defaults: fieldDefaults.default({}), overrides: z.array(override).max(64).default([]) });
export type FieldConfig = z.infer<typeof fieldConfig>;

const legend = z.object({
  mode: z.enum(['list', 'table', 'hidden']).default('list'),
  placement: z.enum(['bottom', 'right']).default('bottom'),
  calcs: z.array(z.enum(['last', 'mean', 'max', 'min', 'sum'])).max(5).default([]),
});

/** Per panel type options. Unknown keys are dropped on parse. */
export const timeseriesOptions = z.object({
  drawStyle: z.enum(['line', 'bars', 'points']).default('line'),
  fill: z.enum(['none', 'area']).default('none'),
  stacking: z.enum(['none', 'normal', 'percent']).default('none'),
  /** How the field's thresholds show on the chart (Grafana's `custom.thresholdsStyle.mode`; dashed styles draw as lines). */
  thresholdsStyle: z.enum(['off', 'line', 'area', 'line+area']).default('off'),
  legend: legend.default({ mode: 'list', placement: 'bottom', calcs: [] }),
});
export const statOptions = z.object({
  reduce: z.enum(['last', 'mean', 'max', 'min', 'sum']).default('last'),
  sparkline: z.boolean().default(true),
  colorMode: z.enum(['value', 'background', 'none']).default('value'),
  /** What each item shows (Grafana's `textMode`): `auto` names items only when there are several. */
  textMode: z.enum(['auto', 'value', 'name', 'value_and_name']).default('auto'),
});
export const gaugeOptions = z.object({ reduce: z.enum(['last', 'mean', 'max', 'min', 'sum']).default('last') });
export const barGaugeOptions = gaugeOptions.extend({ orientation: z.enum(['horizontal', 'vertical']).default('horizontal') });
export const tableOptions = z.object({ sortBy: z.object({ column: z.string(), desc: z.boolean() }).optional() });
export const textOptions = z.object({ mode: z.enum(['markdown', 'text']).default('markdown'), content: z.string().max(64 * 1024).default('') });
export const logsOptions = z.object({
  showTime: z.boolean().default(true),
  wrap: z.boolean().default(false),
  showLabels: z.boolean().default(false),
  limit: z.number().int().min(1).max(5000).default(1000),
  direction: z.enum(['backward', 'forward']).default('backward'),
});

const panelBase = {
  id: z.number().int().min(0),
  title: z.string().max(512).default(''),
  description: z.string().max(4096).optional(),
  gridPos,
  targets: z.array(target).max(26).default([]),
  fieldConfig: fieldConfig.default({ defaults: {}, overrides: [] }),
  /** Minimum step for all targets of the panel, e.g. `1m`. */
  interval: z.string().max(32).optional(),
  maxDataPoints: z.number().int().min(10).max(11_000).optional(),
  links: z.array(z.object({ title: z.string().max(256), url: z.string().max(2048) })).max(16).default([]),
};

export const panel = z.discriminatedUnion('type', [
  z.object({ ...panelBase, type: z.literal('timeseries'), options: timeseriesOptions.default(timeseriesOptions.parse({})) }),
  z.object({ ...panelBase, type: z.literal('stat'), options: statOptions.default(statOptions.parse({})) }),
  z.object({ ...panelBase, type: z.literal('gauge'), options: gaugeOptions.default(gaugeOptions.parse({})) }),
  z.object({ ...panelBase, type: z.literal('bargauge'), options: barGaugeOptions.default(barGaugeOptions.parse({})) }),
  z.object({ ...panelBase, type: z.literal('table'), options: tableOptions.default({}) }),
  z.object({ ...panelBase, type: z.literal('text'), options: textOptions.default(textOptions.parse({})) }),
  z.object({ ...panelBase, type: z.literal('logs'), options: logsOptions.default(logsOptions.parse({})) }),
  /** What an import could not map: shown as a placeholder naming what is missing, never a failed import. */
  z.object({
    ...panelBase,
    type: z.literal('unsupported'),
    options: z.object({ originalType: z.string().max(128), reason: z.string().max(1024) }),
  }),
]);
export type Panel = z.infer<typeof panel>;
export type PanelType = Panel['type'];

/** A row: a full-width header that groups the panels below it; collapsed rows keep their panels inside. */
export const row = z.object({
  type: z.literal('row'),
  id: z.number().int().min(0),
  title: z.string().max(512).default(''),
  gridPos,
  collapsed: z.boolean().default(false),
  panels: z.array(panel).max(200).default([]),
});
export type Row = z.infer<typeof row>;

export const variableOption = z.object({ text: z.string(), value: z.string() });

const variableBase = {
  name: z.string().regex(/^[a-zA-Z_][a-zA-Z0-9_]*$/, 'variable names are letters, digits and _'),
  label: z.string().max(256).optional(),
  hide: z.enum(['none', 'label', 'variable']).default('none'),
  /** Selected value(s); `$__all` stands for "All". */
  current: z.array(z.string()).default([]),
};

export const variable = z.discriminatedUnion('type', [
  z.object({
    ...variableBase,
    type: z.literal('query'),
    datasource: datasourceKind.default('prometheus'),
    /** `label_values(metric, label)`, `label_values(label)`, `query_result(expr)`, `metrics(regex)`, `label_names()`. */
    query: z.string().max(64 * 1024),
    /** Regex applied to results (Grafana-style, with optional capture group). */
    regex: z.string().max(1024).optional(),
    sort: z.enum(['none', 'alpha', 'alpha-desc', 'numeric', 'numeric-desc']).default('none'),
    multi: z.boolean().default(false),
    includeAll: z.boolean().default(false),
    allValue: z.string().max(1024).optional(),
    refresh: z.enum(['load', 'time']).default('load'),
  }),
  z.object({
    ...variableBase,
    type: z.literal('custom'),
    options: z.array(variableOption).max(1000),
    multi: z.boolean().default(false),
    includeAll: z.boolean().default(false),
    allValue: z.string().max(1024).optional(),
  }),
  z.object({ ...variableBase, type: z.literal('constant'), value: z.string().max(64 * 1024) }),
  z.object({ ...variableBase, type: z.literal('textbox'), default: z.string().max(4096).default('') }),
  z.object({
    ...variableBase,
    type: z.literal('interval'),
    options: z.array(z.string().max(32)).min(1).max(64),
    auto: z.boolean().default(false),
    autoCount: z.number().int().min(1).max(10_000).default(30),
    autoMin: z.string().max(32).default('10s'),
  }),
  z.object({ ...variableBase, type: z.literal('datasource'), datasource: datasourceKind }),
]);
export type Variable = z.infer<typeof variable>;

export const dashboardLink = z.object({
  title: z.string().max(256),
  url: z.string().max(2048),
  /** Carry the current time range and variables into the link (Grafana's keepTime / includeVars). */
  keepTime: z.boolean().default(false),
  includeVars: z.boolean().default(false),
});

export const SCHEMA_VERSION = 1;

export const dashboardModel = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION).default(SCHEMA_VERSION),
  title: z.string().min(1, 'a dashboard needs a title').max(512),
  description: z.string().max(4096).optional(),
  tags: z.array(z.string().min(1).max(64)).max(32).default([]),
  time: z.object({ from: z.string().max(64), to: z.string().max(64) }).default({ from: 'now-1h', to: 'now' }),
  refresh: z.enum(['off', '5s', '10s', '30s', '1m', '5m']).default('off'),
  variables: z.array(variable).max(64).default([]),
  /** Top level: panels and rows in grid order (y, then x). */
  panels: z.array(z.union([row, panel])).max(500).default([]),
  links: z.array(dashboardLink).max(32).default([]),
});
export type DashboardModel = z.infer<typeof dashboardModel>;
export type DashboardModelInput = z.input<typeof dashboardModel>;
