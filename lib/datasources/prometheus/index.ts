export { createPrometheusClient, type PrometheusClient, type CallOptions } from './client';
export type { PromData } from './envelope';
export type { TimeInput, StepInput } from './params';
export type * from './api-types';
