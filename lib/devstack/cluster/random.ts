/** Deterministic randomness for the demo cluster: the same seed gives the same cluster on every machine. */

/** mulberry32: small, fast and good enough for simulated data. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A stable 32-bit hash of a string (FNV-1a), used to derive per-object seeds. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The alphabet Kubernetes uses for generated name suffixes (no vowels, no confusable digits). */
const KUBE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export function kubeSuffix(seed: string, length: number): string {
  const rnd = createRandom(hashString(seed));
  let out = '';
  for (let i = 0; i < length; i++) out += KUBE_ALPHABET[Math.floor(rnd() * KUBE_ALPHABET.length)];
  return out;
}

/** A stable pseudo-UUID (v4 layout) from a string. */
export function stableUid(seed: string): string {
  const rnd = createRandom(hashString(seed));
  const hex = Array.from({ length: 32 }, () => Math.floor(rnd() * 16).toString(16));
  hex[12] = '4';
  hex[16] = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  const s = hex.join('');
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
}

/** Noise in [-1, 1] that is a pure function of (key, time bucket), so every reader sees the same value. */
export function noise(key: string, bucket: number): number {
  const rnd = createRandom(hashString(key) ^ Math.imul(bucket | 0, 0x9e3779b1));
  return rnd() * 2 - 1;
}
