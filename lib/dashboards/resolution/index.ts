/** Query resolution for panels: step and range alignment, downsampling before drawing, series caps. Pure. */
export { capSeries, seriesStat, type CapStat, type CappedSeries } from './series-cap';
export { downsampleForWidth, pickMethod, MINMAX_RATIO, type DownsampleMethod, type DownsampleOptions } from './downsample';
export { lttb } from './lttb';
export { DEFAULT_MIN_INTERVAL_MS, MAX_POINTS_PER_SERIES, panelStep, parseMinInterval, type PanelStep, type PanelStepInput } from './step';
