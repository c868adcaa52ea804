/**
 * Load and resource use of demo pods as pure functions of time, so the metrics exporter, the log
 * generator and the Kubernetes API agree without sharing mutable state.
 */
import { noise } from './random';

/** Error spikes: every 20 minutes the shop's redis pool times out for 3 minutes and errors cascade. */
export const SPIKE_PERIOD_SECONDS = 20 * 60;
export const SPIKE_LENGTH_SECONDS = 3 * 60;
/** Offset of the first spike from the hour (in seconds), so a fresh demo shows one within minutes. */
export const SPIKE_OFFSET_SECONDS = 7 * 60;

const SPIKING_APPS = new Set(['cart', 'checkout', 'frontend', 'payment-api']);

export function inSpike(tMs: number): boolean {
  const s = Math.floor(tMs / 1000) - SPIKE_OFFSET_SECONDS;
  const phase = ((s % SPIKE_PERIOD_SECONDS) + SPIKE_PERIOD_SECONDS) % SPIKE_PERIOD_SECONDS;
  return phase < SPIKE_LENGTH_SECONDS;
}

/** Fraction of requests answered with a 5xx at time t for an app. */
export function errorRatio(app: string, tMs: number): number {
  const base = app === 'payment-api' ? 0.004 : 0.01;
  if (!SPIKING_APPS.has(app) || !inSpike(tMs)) return base;
  return app === 'cart' ? 0.35 : app === 'checkout' ? 0.25 : 0.12;
}

/** Requests per second of one replica: a slow wave (about an hour) plus per-minute noise. */
export function requestRate(baseRps: number, podKey: string, tMs: number): number {
  if (baseRps <= 0) return 0;
  const wave = 1 + 0.25 * Math.sin((2 * Math.PI * tMs) / (55 * 60_000));
  const jitter = 1 + 0.1 * noise(podKey, Math.floor(tMs / 60_000));
  return baseRps * wave * jitter;
}

/** CPU use in cores: the typical value, a wave, and more during a spike (retries). */
export function cpuCores(typical: number, key: string, tMs: number, app: string): number {
  if (typical <= 0) return 0;
  const wave = 1 + 0.2 * Math.sin((2 * Math.PI * tMs) / (37 * 60_000) + (key.length % 7));
  const jitter = 1 + 0.15 * noise(key, Math.floor(tMs / 15_000));
  const spike = SPIKING_APPS.has(app) && inSpike(tMs) ? 1.8 : 1;
  return Math.max(0, typical * wave * jitter * spike);
}

/** Memory working set in bytes: typical value with a small wave; for OOM-prone pods a ramp to the limit. */
export function memoryBytes(
  typical: number,
  key: string,
  tMs: number,
  ramp?: { sinceMs: number; periodMs: number; limitBytes: number },
): number {
  if (typical <= 0) return 0;
  if (ramp) {
    const phase = Math.min(1, Math.max(0, (tMs - ramp.sinceMs) / ramp.periodMs));
    return Math.round(typical + (ramp.limitBytes - typical) * phase * phase);
  }
  const wave = 1 + 0.05 * Math.sin((2 * Math.PI * tMs) / (73 * 60_000) + (key.length % 5));
  return Math.round(typical * wave * (1 + 0.02 * noise(key, Math.floor(tMs / 60_000))));
}

/** Request latency in seconds for one request, given a uniform random number u in [0,1). */
export function latencySeconds(app: string, tMs: number, u: number, failed: boolean): number {
  const base = app === 'frontend' ? 0.012 : app === 'payment-api' ? 0.09 : 0.035;
  const tail = -Math.log(1 - u) * base; // exponential tail
  if (failed) return 2 + 1.5 * u; // timeouts dominate failures
  return (inSpike(tMs) && SPIKING_APPS.has(app) ? 3 : 1) * (base + tail);
}
