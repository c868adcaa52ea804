export { createLokiClient, type LokiClient, type LokiClientConfig, type QueryRangeOptions, type VolumeOptions } from './client';
export type { LokiCapabilities } from './capabilities';
export type { TailMessage, TailOptions, DroppedEntry } from './tail';
export type { LokiTime, LokiStep } from './params';
export type { DetectedField, LogPattern, LokiQueryResult, LokiResult } from './results';
export { sortEntries, compareNs } from './to-log-entries';
export type * from './api-types';
