/**
 * The catalog service logs what users type and what products are called: markup, CJK and emoji,
 * and now and then a large payload dump, so the console is exercised with hostile and wide text.
 */
import { type Bucket, pick } from '../bucket';
import { jsonLine } from './json-line';

const SEARCHES = [
  'matcha',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '抹茶ラテ',
  '김치찌개',
  '🍵 tea',
  '"; DROP TABLE products; --',
  'running shoes',
  'ラーメン 🍜',
  '{{7*7}}',
];

export const PRODUCTS = [
  { sku: 'TEA-001', name: '抹茶ラテ 🍵', price: 4.5 },
  { sku: 'FOOD-014', name: '김치찌개', price: 9.9 },
  { sku: 'FOOD-020', name: 'ラーメン 🍜', price: 11 },
  { sku: 'SHOE-007', name: 'Trail Runner <b>Pro</b>', price: 129 },
  { sku: 'MUG-003', name: 'Mug “Ünïcödé” ☕', price: 12.5 },
];

interface Base {
  method: string;
  path: string;
  status: number;
  latency_ms: number;
  reqID: string;
}

export function catalogExtras(b: Bucket, nanos: number, path: string, base: Base): string {
  const { rnd } = b;
  if (path === '/api/search') {
    const query = pick(rnd, SEARCHES);
    return jsonLine(b, nanos, 'info', { msg: 'search', ...base, query, results: Math.floor(rnd() * 4) });
  }
  const product = pick(rnd, PRODUCTS);
  if (rnd() < 0.004) return payloadDump(b, nanos, base, product.sku);
  return jsonLine(b, nanos, 'info', { msg: 'products listed', ...base, top_product: product.name, count: 24 });
}

/** A ~10 KB line: the whole product page the service returned, logged at debug level. */
function payloadDump(b: Bucket, nanos: number, base: Base, sku: string): string {
  const items = Array.from({ length: 48 }, (_, i) => {
    const p = PRODUCTS[i % PRODUCTS.length];
    return {
      sku: `${p.sku}-${i}`,
      name: p.name,
      price: p.price,
      stock: (i * 37) % 101,
      tags: ['featured', 'seasonal', i % 2 ? 'vegan' : 'classic'],
      description: `${p.name}: hand-picked, shipped in 2 days. Lorem ipsum dolor sit amet, consectetur.`,
    };
  });
  return jsonLine(b, nanos, 'debug', { msg: 'response payload', ...base, sku, payload: { page: 1, items } });
}
