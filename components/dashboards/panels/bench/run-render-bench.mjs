// Chart render benchmark: 20 series × 1,000 points in a dashboard time series panel, in headless Chromium.
// Run from the repository root:  node components/dashboards/panels/bench/run-render-bench.mjs
// Prints each run and the median in ms (first runs include JIT warm-up). Uses esbuild (installed with vite/tsx)
// and Debian's Chromium (CHROMIUM=/path to override).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../../../..');
const out = mkdtempSync(join(tmpdir(), 'lantern-bench-'));
await build({
  entryPoints: [join(here, 'render-bench.tsx')],
  bundle: true,
  minify: true,
  outfile: join(out, 'bench.js'),
  jsx: 'automatic',
  tsconfig: join(root, 'tsconfig.json'),
  define: { 'process.env.NODE_ENV': '"production"' },
  // next/link and the legend's pod link read other process.env keys (undefined here, as in a build without them).
  banner: { js: "var process = { env: { NODE_ENV: 'production' } };" },
  logLevel: 'warning',
});
writeFileSync(join(out, 'index.html'), '<!doctype html><link rel="stylesheet" href="bench.css"><body><script src="bench.js"></script>');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium' });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error(`page error: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && console.error(`console: ${m.text()}`));
  await page.goto(`file://${join(out, 'index.html')}`);
  const times = await page.evaluate(() => window.benchResult);
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`runs (ms): ${times.map((t) => t.toFixed(1)).join(', ')}`);
  console.log(`median: ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms (target < 150 ms)`);
} finally {
  await browser.close();
}
