export { startMetricsExporters, type ExporterTarget, type MetricsExporters } from './exporters';
export { metricsModel, type MetricsModel } from './model';
export { scrapeSources, HONOR_LABELS_JOBS, JOBS, type ScrapeSource } from './sources';
export { toPrometheusText, type MetricFamily } from './exposition';
export { parsePrometheusText, type ParsedFamily, type ParsedSample } from './parse-text';
