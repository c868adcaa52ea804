/**
 * A bounded cache of generated seconds, in two generations: when the young one fills up it
 * becomes the old one and the previous old one is dropped. O(1) per operation, no per-key bookkeeping.
 */
export class SecondCache<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();
  private weight = 0;

  constructor(private readonly maxWeight: number) {}

  get(key: string): V | undefined {
    const y = this.young.get(key);
    if (y !== undefined) return y;
    const o = this.old.get(key);
    if (o !== undefined) this.set(key, o, 1);
    return o;
  }

  set(key: string, value: V, weight: number): void {
    this.young.set(key, value);
    this.weight += weight;
    if (this.weight > this.maxWeight / 2) {
      this.old = this.young;
      this.young = new Map();
      this.weight = 0;
    }
  }
}
