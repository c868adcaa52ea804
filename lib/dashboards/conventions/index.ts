export { detectConventions, CORE_METRICS, type DetectOptions } from './detect';
export { applyConventions } from './apply';
export { rewritePromQL, rewriteLegend, metricSource, type LabelNames, type MetricSource, type RewriteResult } from './rewrite';
export { metricNames } from './metric-names';
export { missingMetrics, missingReason, replaceMissingPanels, type PanelMissing } from './missing';
export { MODERN_CONVENTIONS, type CanonicalLabel, type Conventions, type LabelProbe } from './types';
