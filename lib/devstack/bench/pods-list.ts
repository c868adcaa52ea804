/**
 * The pods views at scale, in headless Chromium: the demo cluster with 5,000 extra pods (Kubernetes API only), the
 * pods list's load (first row, all pages in), a name filter, a status filter and a sort, each with the longest long
 * task seen; then the pod page's cold load (new browser context) to every section painted.
 *
 *   npx tsx lib/devstack/bench/pods-list.ts [--extra-pods 5000] [--runs 3]
 *
 * Starts `run.ts --extra-pods N` (stack and built console in one child process; run `npx next build` first), or uses
 * LANTERN_URL when set (a console whose cluster is already scaled). Prints a Markdown table on stdout.
 */
import { spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { markdownTable, percentile } from './load';

const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const EXTRA = arg('extra-pods', 5000);
const RUNS = arg('runs', 3);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const log = (m: string) => console.error(`[pods-bench] ${m}`);

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const p = (s.address() as net.AddressInfo).port;
  await new Promise((r) => s.close(r));
  return p;
}

async function startConsole(): Promise<{ url: string; close: () => Promise<void> }> {
  if (process.env.LANTERN_URL) return { url: process.env.LANTERN_URL.replace(/\/$/, ''), close: async () => {} };
  const port = await freePort();
  const root = path.resolve(__dirname, '..', '..', '..');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'lib/devstack/run.ts'), '--port', String(port), '--extra-pods', String(EXTRA), '--backfill-hours', '1'], {
    cwd: root,
    // Explicitly anonymous (a viewer of every namespace): the benchmark measures the list, not sign-in.
    env: { ...process.env, LOG_LEVEL: 'warn', NEXT_TELEMETRY_DISABLED: '1', LANTERN_AUTH: 'anonymous', LANTERN_ANONYMOUS_ROLE: 'viewer' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  while (!(await fetch(`${url}/api/readyz`).then((r) => r.ok, () => false))) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error('the demo stack with the console did not become ready');
    await new Promise((r) => setTimeout(r, 1000));
  }
  return {
    url,
    close: async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      await new Promise((r) => setTimeout(r, 2000));
    },
  };
}

/** Installed before the page's scripts: every long task (> 50 ms) with its start and duration. */
const LONG_TASKS = `(() => {
  window.__longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
})();`;

async function longestSince(page: Page, sinceMs: number): Promise<number> {
  return page.evaluate(`Math.max(0, ...window.__longTasks.filter(([s, d]) => s + d >= ${sinceMs}).map(([, d]) => d))`) as Promise<number>;
}

const now = (page: Page) => page.evaluate('performance.now()') as Promise<number>;

/** Waits until the count line says "<shown> of <total> pods" with nothing more loading, and returns shown/total. */
async function waitCount(page: Page, pred: (shown: number, total: number) => boolean): Promise<[number, number]> {
  for (;;) {
    const text = (await page.getByTestId('pod-count').textContent()) ?? '';
    const m = /^(\d+) of (\d+) pods$/.exec(text.trim());
    if (m && pred(Number(m[1]), Number(m[2]))) return [Number(m[1]), Number(m[2])];
    await page.waitForTimeout(20);
  }
}

interface ListRun {
  firstRow: number;
  allLoaded: number;
  loadLongest: number;
  /** Longest task before the first page of pods arrived (scripts, hydration) and from then until all pages are in. */
  bootLongest: number;
  mergeLongest: number;
  filterName: number;
  filterNameLongest: number;
  filterStatus: number;
  filterStatusLongest: number;
  sort: number;
  sortLongest: number;
  total: number;
}

async function listRun(browser: Browser, base: string): Promise<ListRun> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  await context.addInitScript(LONG_TASKS);
  const page = await context.newPage();
  await page.goto(`${base}/pods`);
  await page.getByTestId('pod-row').first().waitFor();
  const firstRow = await now(page);
  const [, total] = await waitCount(page, (s, t) => t >= EXTRA && s === t);
  const allLoaded = await now(page);
  const loadLongest = await longestSince(page, 0);
  const firstPageAt = (await page.evaluate(
    `performance.getEntriesByType('resource').find((e) => /\\/api\\/k8s\\/pods\\?/.test(e.name))?.responseEnd ?? 0`,
  )) as number;
  const bootLongest = (await page.evaluate(`Math.max(0, ...window.__longTasks.filter(([s]) => s < ${firstPageAt}).map(([, d]) => d))`)) as number;
  const mergeLongest = await longestSince(page, firstPageAt);
  await page.waitForTimeout(500);

  let t0 = await now(page);
  await page.getByTestId('filter-name').fill('svc-04');
  await waitCount(page, (s, t) => s < t && s > 0);
  const filterName = (await now(page)) - t0;
  const filterNameLongest = await longestSince(page, t0);
  await page.waitForTimeout(300);

  t0 = await now(page);
  await page.getByTestId('filter-name').fill('');
  await page.getByTestId('filter-status').selectOption('CrashLoopBackOff');
  await waitCount(page, (s, t) => s < 200 && s > 0 && t >= EXTRA);
  await page.locator('[data-testid="pod-row"][data-status="CrashLoopBackOff"], [data-testid="pod-row"][data-status="Running"]').first().waitFor();
  const filterStatus = (await now(page)) - t0;
  const filterStatusLongest = await longestSince(page, t0);

  await page.getByTestId('filter-status').selectOption('');
  await waitCount(page, (s, t) => s === t);
  await page.waitForTimeout(300);
  t0 = await now(page);
  await page.getByTestId('sort-restarts').click();
  await page.waitForURL(/sort=restarts/);
  await page.waitForFunction(() => document.querySelector('[data-testid="pod-row"]')?.getAttribute('data-name') !== null);
  const sort = (await now(page)) - t0;
  const sortLongest = await longestSince(page, t0);
  await context.close();
  return { firstRow, allLoaded, loadLongest, bootLongest, mergeLongest, filterName, filterNameLongest, filterStatus, filterStatusLongest, sort, sortLongest, total };
}

const SECTIONS = ['header', 'containers', 'conditions', 'events', 'logs'];
const CHARTS = ['cpu', 'memory', 'network', 'restarts'];

/** A fresh context (no cache) per run: ms from navigation start until every section and chart has left its loading state. */
async function podPageRun(browser: Browser, base: string, podPath: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}${podPath}`);
  await page.waitForFunction(
    ([sections, charts]) =>
      sections.every((s) => document.querySelector(`[data-testid="section-${s}"]`)?.getAttribute('data-state') === 'ready') &&
      charts.every((c) => ['ready', 'empty'].includes(document.querySelector(`[data-testid="chart-${c}"]`)?.getAttribute('data-state') ?? '')) &&
      document.querySelector('[data-testid="pod-log-list"], [data-testid="pod-log-list-empty"]') !== null,
    [SECTIONS, CHARTS] as const,
    { timeout: 30_000, polling: 'raf' },
  );
  const t = (await now(page)) as number;
  await context.close();
  return t;
}

async function main() {
  const load = os.loadavg()[0];
  log(`starting the demo stack with ${EXTRA} extra pods and the console...`);
  const target = await startConsole();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  try {
    const pods = (await (await fetch(`${target.url}/api/k8s/pods?namespace=payments`)).json()) as { items: { name: string }[] };
    const oom = pods.items.find((p) => p.name.startsWith('fraud-scorer-'))!.name;
    log('warm-up...');
    await listRun(browser, target.url);
    await podPageRun(browser, target.url, `/pods/payments/${oom}`);
    const lists: ListRun[] = [];
    const podLoads: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      log(`run ${i + 1}/${RUNS}`);
      lists.push(await listRun(browser, target.url));
      podLoads.push(await podPageRun(browser, target.url, `/pods/payments/${oom}`));
    }
    const med = (f: (r: ListRun) => number) => Math.round(percentile(lists.map(f).sort((a, b) => a - b), 50));
    const max = (f: (r: ListRun) => number) => Math.round(Math.max(...lists.map(f)));
    const rows = [
      ['pods list: first row', `${med((r) => r.firstRow)}`, '—'],
      [`pods list: all ${lists[0].total} pods in (pages of 500)`, `${med((r) => r.allLoaded)}`, `${max((r) => r.loadLongest)}`],
      ['— of which: page start (scripts, hydration) before the first page', '—', `${max((r) => r.bootLongest)}`],
      ['— of which: from the first page to all pages merged', '—', `${max((r) => r.mergeLongest)}`],
      ['filter by name (`svc-04`)', `${med((r) => r.filterName)}`, `${max((r) => r.filterNameLongest)}`],
      ['filter by status (CrashLoopBackOff)', `${med((r) => r.filterStatus)}`, `${max((r) => r.filterStatusLongest)}`],
      ['sort by restarts', `${med((r) => r.sort)}`, `${max((r) => r.sortLongest)}`],
      ['pod page cold load, all sections painted', `${Math.round(percentile([...podLoads].sort((a, b) => a - b), 50))} (min ${Math.round(Math.min(...podLoads))}, max ${Math.round(Math.max(...podLoads))})`, '—'],
    ];
    console.log(`Median of ${RUNS} runs after one warm-up; ${EXTRA} extra pods; Chromium ${browser.version()}, ${os.cpus().length} CPUs, Node ${process.versions.node}, load average ${load.toFixed(2)} before, ${os.loadavg()[0].toFixed(2)} after.\n`);
    console.log(markdownTable(['step', 'ms (median)', 'longest long task, ms (worst run)'], rows));
  } finally {
    await browser.close();
    await target.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
