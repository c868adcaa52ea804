/**
 * First-load JavaScript of the console's routes: the module scripts the server-rendered HTML references
 * (`<script src>`, without the `nomodule` polyfills current browsers skip), fetched from the running console and
 * gzipped here (level 6, as compression middleware sends them). Chunks a page imports lazily (the chart code, the
 * editors, markdown) are not first-load: they arrive while the page's data is in flight.
 *
 *   npx tsx lib/devstack/bench/bundle-size.ts
 *
 * Starts the demo stack and the built console (run `npx next build` first), or uses LANTERN_URL when set.
 * Prints a Markdown table on stdout.
 */
import { gzipSync } from 'node:zlib';
import { markdownTable } from './load';
import { startBenchTargets } from './stack-process';

interface RouteCase {
  path: string;
}

const ROUTES: RouteCase[] = [
  { path: '/' },
  { path: '/pods' },
  { path: '/dashboards' },
  { path: '/dashboards/k8s-pod?var-namespace=shop' },
  { path: '/explore?q=up' },
  { path: '/logs?q=%7Bnamespace%3D%22shop%22%7D' },
];

const kib = (n: number) => (n / 1024).toFixed(1);

/** Raw and gzipped size of each URL, fetched once (chunks are shared between routes). */
const sizes = new Map<string, Promise<{ raw: number; gzip: number }>>();
function sizeOf(url: string): Promise<{ raw: number; gzip: number }> {
  let p = sizes.get(url);
  if (!p) {
    p = fetch(url, { headers: { 'accept-encoding': 'identity' } }).then(async (res) => {
      if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
      const body = Buffer.from(await res.arrayBuffer());
      return { raw: body.length, gzip: gzipSync(body, { level: 6 }).length };
    });
    sizes.set(url, p);
  }
  return p;
}

async function total(urls: Iterable<string>): Promise<{ count: number; raw: number; gzip: number }> {
  const all = await Promise.all([...new Set(urls)].map(sizeOf));
  return { count: all.length, raw: all.reduce((a, s) => a + s.raw, 0), gzip: all.reduce((a, s) => a + s.gzip, 0) };
}

/** `<script src="…">` in the server-rendered HTML: what the browser must load before the route is interactive. */
async function htmlScripts(base: string, path: string): Promise<string[]> {
  const res = await fetch(base + path);
  const html = await res.text();
  return [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)]
    .filter((m) => !/\snomodule/i.test(m[1] + m[3])) // polyfills for browsers without ES modules: never loaded by current ones
    .map((m) => new URL(m[2].replace(/&amp;/g, '&'), base + path).href);
}

async function main() {
  const log = (m: string) => console.error(`[bench] ${m}`);
  const targets = await startBenchTargets(log);
  const rows: (string | number)[][] = [];
  try {
    for (const r of ROUTES) {
      log(r.path);
      const first = await total(await htmlScripts(targets.console, r.path));
      rows.push([`\`${r.path}\``, first.count, kib(first.raw), kib(first.gzip)]);
    }
  } finally {
    await targets.close();
  }
  console.log('JavaScript per route; KiB; gzip level 6 computed from the served files.\n');
  console.log(markdownTable(['route', 'first-load scripts', 'KiB', 'KiB gzip'], rows));
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
