/** The demo log generator: deterministic container and node logs for the demo cluster. */
export { containerLogs, timedContainerLogs, type TimedEntry } from './generator';
export { nodeLogs, NODE_UNITS, type NodeUnit } from './node-logs';
export { clusterStreams, nodeStreams, podStreamLabels, type LogStream } from './streams';
export type { ContainerLogs, LogEntry } from './types';
