export { startPrometheus, type RunningPrometheus, type StartPrometheusOptions } from './start';
export { findPrometheus, findPromtool, INSTALL_HINT } from './binary';
export { prometheusConfig, type ScrapeTarget } from './config';
export { writeOpenMetrics } from './backfill';
