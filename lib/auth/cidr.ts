import { isIP } from 'node:net';

/**
 * Address blocks for the trusted-proxy lists. Everything is compared as 16 bytes: an IPv4 address is its
 * IPv4-mapped IPv6 form (::ffff:a.b.c.d), which is also how a dual-stack socket reports IPv4 peers.
 */
export interface Cidr {
  readonly bytes: Uint8Array;
  readonly prefix: number;
  readonly text: string;
}

/** `10.0.0.0/8`, `::1`, `fd00::/8`, `127.0.0.1` → a block; anything else → null. */
export function parseCidr(text: string): Cidr | null {
  const slash = text.indexOf('/');
  const addr = slash < 0 ? text : text.slice(0, slash);
  const bytes = addressBytes(addr);
  if (!bytes) return null;
  const v4 = isIP(addr) === 4;
  const max = v4 ? 32 : 128;
  let prefix = max;
  if (slash >= 0) {
    const p = text.slice(slash + 1);
    if (!/^\d{1,3}$/.test(p) || Number(p) > max) return null;
    prefix = Number(p);
  }
  return { bytes, prefix: v4 ? prefix + 96 : prefix, text };
}

/** True when `address` (as a socket reports it) lies in one of `blocks`. */
export function inCidrs(address: string | undefined | null, blocks: readonly Cidr[]): boolean {
  if (!address || blocks.length === 0) return false;
  const bytes = addressBytes(address);
  if (!bytes) return false;
  return blocks.some((b) => matches(bytes, b));
}

function matches(addr: Uint8Array, block: Cidr): boolean {
  const whole = Math.floor(block.prefix / 8);
  for (let i = 0; i < whole; i++) if (addr[i] !== block.bytes[i]) return false;
  const rest = block.prefix % 8;
  if (rest === 0) return true;
  const mask = (0xff << (8 - rest)) & 0xff;
  return (addr[whole] & mask) === (block.bytes[whole] & mask);
}

function addressBytes(address: string): Uint8Array | null {
  const addr = address.replace(/%.*$/, ''); // zone index (fe80::1%eth0)
  const kind = isIP(addr);
  if (kind === 4) return v4(addr);
  if (kind !== 6) return null;
  let text = addr;
  const out = new Uint8Array(16);
  const tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  let words: number[] = [];
  if (tail) {
    const b = v4(tail[1])!;
    text = `${text.slice(0, -tail[1].length)}${((b[12] << 8) | b[13]).toString(16)}:${((b[14] << 8) | b[15]).toString(16)}`;
  }
  const [head, back] = text.split('::');
  const parse = (s: string | undefined) => (s ? s.split(':').map((w) => parseInt(w, 16)) : []);
  if (back === undefined) words = parse(head);
  else {
    const h = parse(head);
    const t = parse(back);
    words = [...h, ...new Array<number>(8 - h.length - t.length).fill(0), ...t];
  }
  words.forEach((w, i) => {
    out[i * 2] = w >> 8;
    out[i * 2 + 1] = w & 0xff;
  });
  return out;
}

function v4(addr: string): Uint8Array {
  const out = new Uint8Array(16);
  out[10] = 0xff;
  out[11] = 0xff;
  addr.split('.').forEach((p, i) => (out[12 + i] = Number(p)));
  return out;
}
