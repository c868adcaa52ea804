/**
 * The log explorer under load in headless Chromium (Debian's /usr/bin/chromium, or CHROMIUM_PATH):
 *
 * 1. 100,000 lines from the demo stack's Loki, paged through the console 5,000 at a time ("Load all"): time from the
 *    last page's response to the rows painted, row elements in the DOM while scrolling, long tasks while scrolling
 *    from top to bottom, JS heap after a forced GC.
 * 2. 1,000 JSON lines of 12 KB each, and one line of 5 MB (served to the page in place of /api/loki/query_range, so
 *    the browser sees exactly these lines): the longest main-thread task while loading, rendering, prettifying,
 *    scrolling and opening the details of a line. The page is opened and settled on a one-line query first, then the
 *    big query is run: the page's own start-up (the same for any query) is reported on its own row.
 *
 *   npx tsx lib/devstack/bench/logs-render.ts [--lines 100000]
 *
 * Starts the demo stack and the built console (run `npx next build` first), or uses LANTERN_URL (with
 * PROMETHEUS_URL and LOKI_URL, see stack-process.ts). Prints a Markdown table on stdout, progress on stderr.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { Readable } from 'node:stream';
import { chromium, type Browser, type Page } from 'playwright-core';
import { markdownTable } from './load';
import { NDJSON_TYPE, ndjsonStream } from '../../api/ndjson';
import { startBenchTargets } from './stack-process';

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const args = process.argv.slice(2);
const LINES = Number(args[args.indexOf('--lines') + 1]) || 100_000;
const log = (m: string) => console.error(`[logs-render] ${m}`);

/** Before the page's scripts: every long task (> 50 ms) with its start and duration. A string: tsx helpers do not exist in the page. */
const LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
})();`;

/** Records when the paging bar's loaded count changes and when the frame after that change has been painted. */
const PAINT_PROBE = `(() => {
  window.__painted = {};
  const watch = () => {
    const bar = document.querySelector('[data-testid="paging-bar"]');
    if (!bar) return requestAnimationFrame(watch);
    new MutationObserver(() => {
      const n = bar.getAttribute('data-loaded');
      requestAnimationFrame(() => setTimeout(() => { window.__painted[n] = performance.now(); }, 0));
    }).observe(bar, { attributes: true, attributeFilter: ['data-loaded'] });
  };
  addEventListener('DOMContentLoaded', watch);
})();`;

interface LongTask {
  start: number;
  duration: number;
}

const longTasks = (page: Page, since = 0) =>
  page.evaluate((s) => (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((t) => t.start >= s), since);
const maxOf = (tasks: LongTask[]) => tasks.reduce((m, t) => Math.max(m, t.duration), 0);
const now = (page: Page) => page.evaluate(() => performance.now());

/** Scrolls the log list from top to bottom, three screens a frame; returns the most row elements seen in a frame. */
async function scrollThrough(page: Page): Promise<{ maxRows: number; frames: number; ms: number }> {
  return page.evaluate(`(async () => {
    const el = document.querySelector('[data-testid="log-list"]');
    const frame = () => new Promise((r) => requestAnimationFrame(r));
    el.scrollTop = 0;
    await frame();
    let maxRows = 0;
    let frames = 0;
    const t0 = performance.now();
    while (el.scrollTop + el.clientHeight < el.scrollHeight - 1) {
      el.scrollTop += el.clientHeight * 3;
      await frame();
      frames++;
      maxRows = Math.max(maxRows, el.querySelectorAll('[data-testid="log-row"]').length);
    }
    return { maxRows, frames, ms: performance.now() - t0 };
  })()`);
}

async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 2 ** 20;
}

async function manyLines(browser: Browser, base: string) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript({ content: LONG_TASKS + PAINT_PROBE });
  const q = '{namespace=~".+"}';
  await page.goto(`${base}/logs?${new URLSearchParams({ q, from: 'now-1h', limit: '5000', max: String(LINES) })}`);
  await page.getByTestId('log-row').first().waitFor();
  log(`loading ${LINES.toLocaleString('en')} lines...`);
  const t0 = Date.now();
  await page.getByTestId('load-all').click();
  await page.waitForSelector('[data-testid="paging-bar"][data-status="done"]', { timeout: 600_000 });
  const loaded = Number(await page.getByTestId('paging-bar').getAttribute('data-loaded'));
  await page.waitForFunction((n) => (window as unknown as { __painted: Record<string, number> }).__painted[n] !== undefined, String(loaded));
  const loadSeconds = (Date.now() - t0) / 1000;
  const { lastResponse, painted } = await page.evaluate((n) => {
    const pages = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/loki/query_range') && e.name.includes('startNs='));
    return {
      lastResponse: Math.max(...pages.map((e) => (e as PerformanceResourceTiming).responseEnd)),
      painted: (window as unknown as { __painted: Record<string, number> }).__painted[n]!,
    };
  }, String(loaded));
  const heap = await heapMb(page);
  log('scrolling top to bottom...');
  const before = await now(page);
  const scroll = await scrollThrough(page);
  const tasks = await longTasks(page, before);
  log(`painted ${(painted - lastResponse).toFixed(0)} ms after the last page; heap ${heap.toFixed(0)} MB; ${JSON.stringify(scroll)}; longest scroll task ${maxOf(tasks).toFixed(0)} ms`);
  await page.close();
  return { loaded, loadSeconds, paintMs: painted - lastResponse, heap, scroll, scrollTasks: tasks };
}

interface BenchEntry {
  tsNs: string;
  line: string;
  labels: Record<string, string>;
}

/**
 * Answers /api/loki/query_range for the page as the console's route does (NDJSON for log pages, written with the
 * route's own `ndjsonStream`, JSON for the volume count): `{bench="big"}` gets `entries`, any other selector (the
 * page's first query, the context of a line) one short line; like Loki, the range, the direction and the limit are
 * honoured. The answer comes from an HTTP server on 127.0.0.1 (the request is redirected there), so the browser
 * receives it in network chunks as it would from the console; a body fulfilled by Playwright arrives in one piece.
 */
async function serve(page: Page, entries: BenchEntry[]): Promise<() => Promise<void>> {
  const warm: BenchEntry[] = [{ tsNs: entries[0]!.tsNs, line: 'warm-up line', labels: { namespace: 'bench', pod: 'warm' } }];
  const server = http.createServer((req, res) => {
    const p = new URL(req.url ?? '/', 'http://bench').searchParams;
    const all = p.get('query')!.includes('bench="big"') ? entries : warm;
    if (!p.has('startNs')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(JSON.stringify({ resultType: 'matrix', series: [{ labels: {}, points: [[Number(p.get('end')), all.length]] }] }));
    }
    const [lo, hi] = [BigInt(p.get('startNs')!), BigInt(p.get('endNs')!)];
    const inRange = all.filter((e) => BigInt(e.tsNs) >= lo && BigInt(e.tsNs) < hi);
    const ordered = p.get('direction') === 'forward' ? [...inRange].reverse() : inRange;
    res.writeHead(200, { 'content-type': NDJSON_TYPE });
    Readable.fromWeb(ndjsonStream({ resultType: 'streams' }, ordered.slice(0, Number(p.get('limit')))) as never).pipe(res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  await page.route('**/api/loki/query_range?**', (route) => {
    const url = new URL(route.request().url());
    return route.continue({ url: `http://127.0.0.1:${port}${url.pathname}${url.search}` });
  });
  return () => new Promise<void>((r) => server.close(() => r()));
}

function jsonLine(bytes: number, i: number): string {
  const fields: Record<string, string> = {};
  let size = 0;
  for (let k = 0; size < bytes - 200; k++) {
    const v = `value-${i}-${k}-${'x'.repeat(90)}`;
    fields[`field_${k}`] = v;
    size += v.length + 16;
  }
  return JSON.stringify({ level: i % 7 === 0 ? 'error' : 'info', msg: `request ${i} done`, i, data: fields });
}

/**
 * The page is opened on a one-line query first and left to settle; its start-up (Next's and React's scripts, the
 * same for any query) is measured apart. Then the big query is typed and run, and from there on every phase counts.
 */
async function bigLines(browser: Browser, base: string, name: string, entries: BenchEntry[]) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript({ content: LONG_TASKS });
  const stop = await serve(page, entries);
  log(`${name}: start-up, then load, render, prettify, scroll, details...`);
  await page.goto(`${base}/logs?${new URLSearchParams({ q: '{bench="warm"}', from: 'now-15m', limit: '5000' })}`);
  await page.getByTestId('log-row').first().waitFor();
  await page.waitForTimeout(1500);
  const phases: Record<string, number> = {};
  let since = 0;
  const phase = async (name: string) => {
    const t = await now(page);
    phases[name] = maxOf(await longTasks(page, since));
    since = t;
  };
  await phase('start-up');
  const started = since;
  await page.getByTestId('logql-editor').locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('{bench="big"}');
  await page.keyboard.press('Escape');
  await page.getByTestId('run-query').click();
  await page.waitForSelector(`[data-testid="paging-bar"][data-status="done"][data-loaded="${entries.length}"]`);
  await page.waitForTimeout(1500);
  await phase('load');
  await page.getByTestId('logs-toggle-pretty').click();
  await page.waitForURL(/pretty=1/);
  await page.waitForTimeout(500);
  await phase('prettify');
  await scrollThrough(page);
  await page.getByTestId('log-list').evaluate((el) => el.scrollTo({ top: 0 }));
  await page.waitForTimeout(300);
  await phase('scroll');
  await page.getByTestId('log-row').first().click();
  await page.getByTestId('log-details').waitFor();
  await page.waitForTimeout(1000);
  await phase('details');
  const startup = phases['start-up']!;
  const tasks = await longTasks(page, started);
  log(`${name}: longest task per phase ${JSON.stringify(phases)}`);
  await page.close();
  await stop();
  return { name, longest: Math.max(...Object.entries(phases).filter(([k]) => k !== 'start-up').map(([, v]) => v)), count: tasks.length, phases, startup };
}

async function main() {
  const targets = await startBenchTargets(log);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const load0 = os.loadavg()[0].toFixed(2);
    const many = await manyLines(browser, targets.console);
    const t = BigInt(Date.now() - 60_000) * 1_000_000n;
    const labels = { namespace: 'bench', pod: 'bench-0' };
    const json = Array.from({ length: 1000 }, (_, i) => ({ tsNs: (t - BigInt(i) * 1_000_000n).toString(), line: jsonLine(12 * 1024, i), labels }));
    const big = await bigLines(browser, targets.console, '1,000 JSON lines of 12 KB', json);
    const huge = await bigLines(browser, targets.console, 'one line of 5 MB (JSON)', [{ tsNs: t.toString(), line: jsonLine(5 * 2 ** 20, 0), labels }]);
    const version = browser.version();
    console.log(
      `${many.loaded.toLocaleString('en')} lines paged in ${many.loadSeconds.toFixed(1)} s; Chromium ${version}, ${os.cpus().length} CPUs, ` +
        `Node ${process.versions.node}, load average ${load0} before, ${os.loadavg()[0].toFixed(2)} after.\n`,
    );
    console.log(
      markdownTable(
        ['measure', 'figure', 'target'],
        [
          [`rows painted after the last page arrived (${many.loaded.toLocaleString('en')} lines)`, `${many.paintMs.toFixed(0)} ms`, '≤ 300 ms'],
          ['most row elements in the DOM while scrolling', many.scroll.maxRows, '≤ ~150'],
          [
            `longest task while scrolling top to bottom (${many.scroll.frames} frames, ${(many.scroll.ms / 1000).toFixed(1)} s)`,
            `${maxOf(many.scrollTasks).toFixed(0)} ms (${many.scrollTasks.length} tasks > 50 ms)`,
            'none > 50 ms',
          ],
          ['JS heap after GC, all lines loaded', `${many.heap.toFixed(0)} MB`, '< 300 MB'],
          [`longest task, ${big.name}`, `${big.longest.toFixed(0)} ms (${big.count} tasks > 50 ms)`, '≤ 200 ms'],
          [`longest task, ${huge.name}`, `${huge.longest.toFixed(0)} ms (${huge.count} tasks > 50 ms)`, '≤ 200 ms'],
          ['longest task of the page start-up before any query (scripts and hydration, not the lines)', `${Math.max(big.startup, huge.startup).toFixed(0)} ms`, '(reported)'],
        ],
      ),
    );
  } finally {
    await browser.close();
    await targets.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
