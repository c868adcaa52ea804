import 'server-only';
export { createKubeClient, type KubeClient } from './client';
export type { CallOptions, KubeClientOptions } from './connection';
export { KubeError } from './errors';
export type { PodLogOptions } from './logs';
export { podDisplayStatus } from './pod-status';
export type { ListOptions } from './reads';
export type * from './types';
export type { WatchOptions, WatchUpdate } from './watch';
