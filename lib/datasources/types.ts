/**
 * Domain shapes the datasource clients return. Vendor envelopes stop at the clients; charts, log views and
 * API routes see only these. Pure types: safe to import from the browser.
 */

export type Labels = Record<string, string>;

/** [timestamp in ms since the epoch, value]; value may be NaN, Infinity or -Infinity. */
export type Point = [tsMs: number, value: number];

export interface Series {
  labels: Labels;
  points: Point[];
}

export interface Sample {
  labels: Labels;
  tsMs: number;
  value: number;
}

export interface ScalarValue {
  tsMs: number;
  value: number;
}

export interface StringValue {
  tsMs: number;
  value: string;
}

/** What an instant query evaluates to (Prometheus `/api/v1/query`, Loki metric queries). */
export type InstantResult =
  | { resultType: 'vector'; samples: Sample[] }
  | { resultType: 'matrix'; series: Series[] }
  | { resultType: 'scalar'; scalar: ScalarValue }
  | { resultType: 'string'; string: StringValue };

/** Non-fatal notes the upstream attached to a successful answer (Prometheus `warnings` and `infos`). */
export interface Notices {
  warnings: string[];
  infos: string[];
}

export interface LogEntry {
  /** Nanoseconds since the epoch as a decimal string: a float would lose the last three digits. */
  tsNs: string;
  line: string;
  /** The labels of the stream the entry belongs to (shared object for entries of one stream). */
  labels: Labels;
  /** Loki 3 structured metadata, when the response carries it separately from the stream labels. */
  metadata?: Labels;
  /** Loki 3 labels extracted by parsers, when the response carries them separately. */
  parsed?: Labels;
}

export type Direction = 'forward' | 'backward';
