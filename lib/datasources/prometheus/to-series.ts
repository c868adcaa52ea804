/**
 * Prometheus-format results (also what Loki returns for metric queries) → domain series. Pure.
 */
import type { InstantResult, Point, Sample, Series } from '../types';
import type { PromMatrixSeries, PromQueryData, PromValue, PromVectorSample } from './api-types';

/** A sample value as Prometheus writes it: decimal, "NaN", "+Inf" or "-Inf" (Go's strconv format). */
export function parseSampleValue(value: string): number {
  switch (value) {
    case '+Inf':
    case 'Inf':
      return Infinity;
    case '-Inf':
      return -Infinity;
    case 'NaN':
      return NaN;
    default:
      return Number(value);
  }
}

/** Unix seconds (float, millisecond resolution on the wire) → integer milliseconds. */
export function secondsToMs(ts: number): number {
  return Math.round(ts * 1000);
}

function toPoint([ts, value]: PromValue): Point {
  return [secondsToMs(ts), parseSampleValue(value)];
}

/**
 * Matrix → series, in the upstream's order. Native-histogram samples carry no single value and are left
 * out; a series made only of histograms comes back with no points.
 */
export function matrixToSeries(result: readonly PromMatrixSeries[]): Series[] {
  return result.map((s) => ({ labels: s.metric ?? {}, points: (s.values ?? []).map(toPoint) }));
}

export function vectorToSamples(result: readonly PromVectorSample[]): Sample[] {
  const samples: Sample[] = [];
  for (const s of result) {
    if (!s.value) continue;
    const [tsMs, value] = toPoint(s.value);
    samples.push({ labels: s.metric ?? {}, tsMs, value });
  }
  return samples;
}

export function toInstantResult(data: PromQueryData): InstantResult {
  switch (data.resultType) {
    case 'vector':
      return { resultType: 'vector', samples: vectorToSamples(data.result) };
    case 'matrix':
      return { resultType: 'matrix', series: matrixToSeries(data.result) };
    case 'scalar': {
      const [tsMs, value] = toPoint(data.result);
      return { resultType: 'scalar', scalar: { tsMs, value } };
    }
    case 'string':
      return { resultType: 'string', string: { tsMs: secondsToMs(data.result[0]), value: data.result[1] } };
  }
}
