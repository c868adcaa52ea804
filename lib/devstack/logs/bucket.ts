/**
 * One second of one container's output. Every format writes its lines for a second through a
 * Bucket, seeded by (pod, container, second), so any range query sees the same lines.
 */
import type { DemoPod } from '../cluster/pods';
import { createRandom, hashString } from '../cluster/random';
import type { ContainerSpec } from '../cluster/topology';
import type { UpWindow } from './up-windows';

export interface RawLine {
  /** Nanoseconds into the bucket's second (0..999_999_999). */
  nanos: number;
  line: string;
  stream: 'stdout' | 'stderr';
}

export interface Bucket {
  pod: DemoPod;
  container: ContainerSpec;
  sec: number;
  /** The run window this second belongs to (the one starting latest if two touch the second). */
  window: UpWindow;
  rnd: () => number;
  out: RawLine[];
}

/** Most lines a pod writes per second for request logs: sampling keeps busy pods readable. */
export const MAX_REQUEST_LINES_PER_SECOND = 20;

export function seededRandom(key: string, sec: number): () => number {
  return createRandom(hashString(key) ^ Math.imul(sec | 0, 0x9e3779b1));
}

export function emit(b: Bucket, nanos: number, line: string, stream: 'stdout' | 'stderr' = 'stdout'): void {
  b.out.push({ nanos: Math.min(999_999_999, Math.max(0, Math.floor(nanos))), line, stream });
}

/** Multi-line output (stack traces): one entry per line, 1 ns apart, as a runtime writing them at once. */
export function emitLines(b: Bucket, nanos: number, lines: string[], stream: 'stdout' | 'stderr'): void {
  const start = Math.min(Math.floor(nanos), 999_999_999 - lines.length);
  lines.forEach((line, i) => b.out.push({ nanos: start + i, line, stream }));
}

/** Random rounding of a fractional rate: over many seconds the count averages to the rate. */
export function countFor(rate: number, rnd: () => number, cap = MAX_REQUEST_LINES_PER_SECOND): number {
  return Math.min(cap, Math.floor(rate + rnd()));
}

/** A random time within the second, kept below .99 s so follow-up lines stay in the same second. */
export const someNanos = (rnd: () => number) => Math.floor(rnd() * 990_000_000);

/** True with probability p; keeps call sites readable. */
export const chance = (rnd: () => number, p: number) => rnd() < p;

export function pick<T>(rnd: () => number, items: readonly T[]): T {
  return items[Math.floor(rnd() * items.length)];
}

const hex8 = (rnd: () => number) => Math.floor(rnd() * 4294967296).toString(16).padStart(8, '0');

/** A v4-layout UUID from a random source. */
export function uuidFrom(rnd: () => number): string {
  const a = hex8(rnd);
  const b = hex8(rnd);
  const c = hex8(rnd);
  const d = hex8(rnd);
  const variant = ((parseInt(c[0], 16) & 0x3) | 0x8).toString(16);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

/** True when the second [sec, sec+1) contains the millisecond tMs. */
export const inSecond = (sec: number, tMs: number) => tMs >= sec * 1000 && tMs < sec * 1000 + 1000;

/** Does the bucket's second contain the start of its run window (start-up banners go there)? */
export const startsHere = (b: Bucket) => inSecond(b.sec, b.window.startMs);

/** Nanoseconds into the second of an absolute millisecond time. */
export const nanosOf = (tMs: number) => Math.floor((tMs - Math.floor(tMs / 1000) * 1000) * 1e6);
