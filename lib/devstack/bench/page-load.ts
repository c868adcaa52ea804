/**
 * How long the console's pages take in a browser: time to first byte, to the page's content marker
 * (the first element that shows live data) and to the `load` event, each the median of N loads after
 * one warm-up load, in headless Chromium (Debian's /usr/bin/chromium).
 *
 *   npx tsx lib/devstack/bench/page-load.ts [--runs 5]
 *
 * Starts the demo stack and the built console (run `npx next build` first), or uses LANTERN_URL when
 * set (with PROMETHEUS_URL and LOKI_URL, see stack-process.ts). Prints a Markdown table on stdout.
 */
import os from 'node:os';
import { chromium, type BrowserContext } from 'playwright-core';
import { markdownTable, percentile } from './load';
import { startBenchTargets } from './stack-process';

const PROMQL = 'sum by (pod) (rate(container_cpu_usage_seconds_total{namespace="shop"}[1m]))';
const LOGQL = '{namespace="shop"} |= "error"';

interface PageCase {
  path: string;
  /** The path as the table shows it. */
  label: string;
  /** Every selector must match a rendered element (not inside a hidden Suspense buffer). */
  marker: string[];
  /** Selectors that must no longer be rendered (loading placeholders). */
  gone?: string[];
  /** A further condition, as a JavaScript expression evaluated in the page. */
  ready?: string;
}

/**
 * The built-in Pod dashboard is done when at least 12 panels are on the page and none is loading or refreshing:
 * each shows its chart, value, table, logs or its error (and the chart code has arrived).
 */
const DASHBOARD_SETTLED =
  "document.querySelectorAll('[data-testid=panel]').length >= 12 && " +
  "!document.querySelector('[data-testid=panel][data-state=loading], [data-testid=panel][aria-busy=true], [data-testid=panel-loading]')";

const PAGES: PageCase[] = [
  { path: '/', label: '/', marker: ['[data-testid="meter-cpu"]', '[data-testid="node-row"]'], gone: ['.overview-card__loading'] },
  { path: '/pods', label: '/pods', marker: ['[data-testid="pod-row"]'] },
  { path: '/nodes', label: '/nodes', marker: ['[data-testid="node-row"]'] },
  { path: `/explore?${new URLSearchParams({ q: PROMQL })}`, label: `/explore?q=${PROMQL}`, marker: ['[data-testid="chart-series"]'] },
  { path: `/logs?${new URLSearchParams({ q: LOGQL })}`, label: `/logs?q=${LOGQL}`, marker: ['[data-testid="log-row"]'] },
  {
    path: '/dashboards/k8s-pod?var-namespace=shop',
    label: '/dashboards/k8s-pod?var-namespace=shop',
    marker: ['[data-testid="panel"]', '[data-testid="chart-series"]'],
    ready: DASHBOARD_SETTLED,
  },
];

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Runs in the page before its scripts: records `performance.now()` (ms since navigation start) the
 * first time the marker is rendered, checked on every DOM mutation. A string, not a function, because
 * tsx's name-keeping helpers would not exist in the page.
 */
function markerProbe(c: PageCase): string {
  return `(() => {
    const marker = ${JSON.stringify(c.marker)};
    const gone = ${JSON.stringify(c.gone ?? [])};
    const ready = () => ${c.ready ?? 'true'};
    const rendered = (sel) =>
      Array.from(document.querySelectorAll(sel)).some((el) => !el.closest('[hidden]') && el.getClientRects().length > 0);
    const check = () => {
      if (window.__benchContent !== undefined) return;
      if (marker.every(rendered) && !gone.some(rendered) && ready()) {
        window.__benchContent = performance.now();
        observer.disconnect();
      }
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['hidden', 'style', 'class', 'data-state', 'aria-busy'] });
    addEventListener('load', check);
  })();`;
}

interface Sample {
  ttfb: number;
  content: number;
  load: number;
}

async function measure(context: BrowserContext, url: string, c: PageCase): Promise<Sample> {
  const page = await context.newPage();
  try {
    await page.addInitScript({ content: markerProbe(c) });
    await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
    // A function, not a string: the console's CSP has no 'unsafe-eval', and Playwright evals a string predicate.
    await page.waitForFunction(() => (window as unknown as { __benchContent?: number }).__benchContent !== undefined, undefined, { timeout: 30_000 });
    return (await page.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      return { ttfb: nav.responseStart, content: window.__benchContent, load: nav.loadEventStart };
    })()`)) as Sample;
  } finally {
    await page.close();
  }
}

function arg(name: string, def: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : def;
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} expects a positive integer`);
  return v;
}

async function main() {
  const runs = arg('runs', 5);
  const log = (m: string) => console.error(`[bench] ${m}`);
  const targets = await startBenchTargets(log);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
  const version = browser.version();
  const rows: (string | number)[][] = [];
  const load0 = os.loadavg();
  try {
    // One context for the warm loads: after the warm-up, scripts and styles come from the browser cache, as for a
    // returning user. Each cold load gets a fresh context: empty cache, as for the first visit.
    const viewport = { width: 1440, height: 900 };
    const context = await browser.newContext({ viewport });
    for (const c of PAGES) {
      const url = `${targets.console}${c.path}`;
      log(`${c.label}: warm-up, ${runs} warm and ${runs} cold loads...`);
      await measure(context, url, c);
      const samples: Sample[] = [];
      for (let i = 0; i < runs; i++) samples.push(await measure(context, url, c));
      const cold: Sample[] = [];
      for (let i = 0; i < runs; i++) {
        const fresh = await browser.newContext({ viewport });
        try {
          cold.push(await measure(fresh, url, c));
        } finally {
          await fresh.close();
        }
      }
      const med = (xs: Sample[], k: keyof Sample) => percentile(xs.map((s) => s[k]).sort((a, b) => a - b), 50).toFixed(0);
      const contents = samples.map((s) => s.content);
      rows.push([
        `\`${c.label.replace(/\|/g, '\\|')}\``,
        `\`${c.marker.join(', ')}\`${c.ready ? ' and settled' : ''}`,
        med(samples, 'ttfb'),
        med(samples, 'content'),
        `${Math.min(...contents).toFixed(0)}–${Math.max(...contents).toFixed(0)}`,
        med(samples, 'load'),
        med(cold, 'content'),
        `${Math.max(...cold.map((x) => x.content)).toFixed(0)}`,
      ]);
    }
    await context.close();
  } finally {
    await browser.close();
    await targets.close();
  }
  const load1 = os.loadavg();
  console.log(
    `Median of ${runs} loads after one warm-up (warm: browser cache filled), and of ${runs} cold loads (new browser context each); ms since navigation start; Chromium ${version}, ` +
      `${os.cpus().length} CPUs, Node ${process.versions.node}, load average ${load0[0].toFixed(2)} before, ${load1[0].toFixed(2)} after.\n`,
  );
  console.log(markdownTable(['page', 'content marker', 'first byte', 'content', 'content min–max', 'load', 'cold content', 'cold content max'], rows));
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
