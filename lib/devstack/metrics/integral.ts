/**
 * Counters as integrals of the model's rates. Rates are held constant over 15 s buckets (the model's own
 * noise changes at that pace), so a counter is a running sum that moves from bucket to bucket as scrapes
 * advance: each scrape costs a bucket or two, however long the process has been up.
 */

export const BUCKET_MS = 15_000;

/** Rates per second of several counters that share one lifetime (one container run, one node...). */
export type RateFn = (tMs: number) => ArrayLike<number> & Iterable<number>;

/**
 * ∫ rate dt over [fromMs, toMs] up to any time t. Time before `anchorMs` is not summed bucket by bucket:
 * it counts at the rate found at the anchor, which keeps the start-up cost bounded for week-old containers
 * while values stay deterministic for a given anchor (the live exporters and the back-fill share it).
 */
export class Integral {
  readonly size: number;
  private readonly a: number;
  private readonly b: number;
  private readonly base: Float64Array;
  private k: number;
  private readonly prefix: Float64Array;
  private cachedBucket = NaN;
  private cachedRate: ArrayLike<number> = [];
  lastUsedMs = 0;

  constructor(
    private readonly rate: RateFn,
    size: number,
    fromMs: number,
    toMs: number,
    anchorMs: number,
  ) {
    this.size = size;
    this.a = Math.max(fromMs, anchorMs);
    this.b = toMs;
    this.base = new Float64Array(size);
    if (fromMs < anchorMs) {
      const r = rate(anchorMs);
      const seconds = (Math.min(anchorMs, toMs) - fromMs) / 1000;
      for (let i = 0; i < size; i++) this.base[i] = r[i] * seconds;
    }
    this.k = Math.floor(this.a / BUCKET_MS);
    this.prefix = new Float64Array(size);
  }

  private rateOf(bucket: number): ArrayLike<number> {
    if (bucket !== this.cachedBucket) {
      this.cachedRate = this.rate(bucket * BUCKET_MS + BUCKET_MS / 2);
      this.cachedBucket = bucket;
    }
    return this.cachedRate;
  }

  /** Seconds of [a, b] inside [from, to]. */
  private overlap(from: number, to: number): number {
    return Math.max(0, Math.min(to, this.b) - Math.max(from, this.a)) / 1000;
  }

  private addBucket(bucket: number, sign: number): void {
    const s = this.overlap(bucket * BUCKET_MS, (bucket + 1) * BUCKET_MS) * sign;
    if (s === 0) return;
    const r = this.rateOf(bucket);
    for (let i = 0; i < this.size; i++) this.prefix[i] += r[i] * s;
  }

  /** Counter values at t (t past the end gives the final values; t before the start gives the base). */
  valueAt(tMs: number): Float64Array {
    this.lastUsedMs = tMs;
    const out = new Float64Array(this.base);
    if (tMs <= this.a) return out;
    const t = Math.min(tMs, this.b);
    const j = Math.floor(t / BUCKET_MS);
    while (this.k < j) this.addBucket(this.k++, 1);
    while (this.k > j) this.addBucket(--this.k, -1);
    const partial = this.overlap(j * BUCKET_MS, t);
    const r = partial > 0 ? this.rateOf(j) : null;
    for (let i = 0; i < this.size; i++) out[i] += Math.max(0, this.prefix[i]) + (r ? r[i] * partial : 0);
    return out;
  }
}

/** Integrals by key, created on first use and dropped when no scrape has asked for them in a while. */
export class IntegralCache {
  private readonly map = new Map<string, Integral>();
  private sweptMs = 0;

  constructor(private readonly idleMs = 30 * 60_000) {}

  get(key: string, create: () => Integral): Integral {
    let i = this.map.get(key);
    if (!i) {
      i = create();
      this.map.set(key, i);
    }
    return i;
  }

  /** Forget integrals idle for a while (runs of crash-looping containers pile up otherwise). */
  sweep(nowMs: number): void {
    if (nowMs - this.sweptMs < 60_000) return;
    this.sweptMs = nowMs;
    for (const [k, i] of this.map) if (Math.abs(nowMs - i.lastUsedMs) > this.idleMs) this.map.delete(k);
  }

  clear(): void {
    this.map.clear();
  }

  get count(): number {
    return this.map.size;
  }
}
