/** What the Loki client returns, beyond the shared shapes in ../types.ts. Pure types. */
import type { InstantResult, LogEntry } from '../types';
import type { LokiStats } from './api-types';

export interface LokiResult<T> {
  data: T;
  warnings: string[];
  stats?: LokiStats;
}

export type LokiQueryResult = LokiResult<{ resultType: 'streams'; entries: LogEntry[] } | InstantResult>;

export interface DetectedField {
  label: string;
  /** 'string' | 'int' | 'float' | 'boolean' | 'duration' | 'bytes' as Loki reports it. */
  type: string;
  cardinality: number;
  parsers: string[];
}

export interface LogPattern {
  pattern: string;
  level?: string;
  /** [ms since the epoch, count of matching lines in the step]. */
  points: [tsMs: number, count: number][];
}
