/**
 * Shapes shared by variable resolution and interpolation. Pure: the data-fetching side is the `VariableResolver`
 * the caller passes in (a thin adapter over Lantern's /api routes in the browser, the datasource clients on the server).
 */
import type { ResolvedRange } from '@/lib/time/time-expr';

/** The value standing for "All" in `current` and in the URL (`var-name=$__all`), as in Grafana. */
export const ALL_VALUE = '$__all';

export type Labels = Record<string, string>;

/** What a variable currently expands to when interpolated. */
export interface VariableValue {
  /** Selected values; for "All" every option's value (never `$__all` itself). */
  values: string[];
  /** Display text per value (custom variables may differ); defaults to `values`. */
  texts?: string[];
  /** "All" is selected. */
  isAll?: boolean;
  /** With `isAll`: the variable's custom all value (e.g. `.*`), inserted as written instead of the values. */
  allValue?: string;
}

/** Variables visible to interpolation, by name (without `$`), built-ins included. */
export type VariableScope = Readonly<Record<string, VariableValue>>;

export interface VariableOption {
  text: string;
  value: string;
}

/** One instant-query result, as Prometheus returns it but with our names. Values stay strings ("1", "NaN"). */
export type InstantQueryResult =
  | { type: 'vector'; samples: { labels: Labels; value: string; timeMs: number }[] }
  | { type: 'scalar' | 'string'; value: string; timeMs: number };

/**
 * The data side of query variables, one method per upstream endpoint. Implementations own transport, tenancy and
 * errors; a rejected promise becomes that variable's error message.
 */
export interface VariableResolver {
  /** `/api/v1/label/<label>/values`, optionally restricted with `match[]`. */
  labelValues(label: string, match: string | undefined, range: ResolvedRange): Promise<string[]>;
  /** `/api/v1/labels`, optionally restricted with `match[]`. */
  labelNames(match: string | undefined, range: ResolvedRange): Promise<string[]>;
  /** `/api/v1/series` with one `match[]`. */
  series(match: string, range: ResolvedRange): Promise<Labels[]>;
  /** `/api/v1/query` at `timeMs`. */
  query(expr: string, timeMs: number): Promise<InstantQueryResult>;
}

/** A variable after resolution: its options, its selection (as stored in `current` / the URL) and its value. */
export interface ResolvedVariable {
  name: string;
  options: VariableOption[];
  /** Selected option values; `[ALL_VALUE]` for All. */
  current: string[];
  value: VariableValue;
  /** Why the options could not be computed (upstream error, bad query, dependency cycle). */
  error?: string;
}
