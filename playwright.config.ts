import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the built console on the demo stack (real Prometheus, demo Kubernetes API and
 * Loki-compatible server), in Debian's Chromium. The port and database are chosen once in the main process;
 * workers inherit them through the environment.
 */
const freePort = () =>
  execFileSync(process.execPath, ['-e', "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"])
    .toString()
    .trim();
if (!process.env.LANTERN_E2E_PORT) {
  process.env.LANTERN_E2E_PORT = freePort();
  process.env.LANTERN_E2E_CONTROL_PORT = freePort();
  process.env.LANTERN_E2E_DB = `file:${path.join(mkdtempSync(path.join(tmpdir(), 'lantern-e2e-')), 'e2e.db')}`;
}
const port = process.env.LANTERN_E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/playwright.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium', headless: true }, testIgnore: /(outage|base-path)\.spec\.ts/ },
    // Takes datasources down: runs after everything that uses them.
    { name: 'outage', use: { browserName: 'chromium', headless: true }, testMatch: /outage\.spec\.ts/, dependencies: ['chromium'] },
    // Builds a second console (LANTERN_BASE_PATH=/lantern) with its own demo stack: after the main suite, so the build
    // does not compete with it for the CPU.
    { name: 'base-path', use: { browserName: 'chromium', headless: true }, testMatch: /base-path\.spec\.ts/, dependencies: ['chromium'] },
  ],
  webServer: {
    command: `node --import tsx lib/devstack/run.ts --port ${port} --backfill-hours 1 --control-port ${process.env.LANTERN_E2E_CONTROL_PORT}`,
    url: `${baseURL}/api/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
    env: { DATABASE_URL: process.env.LANTERN_E2E_DB!, NEXT_TELEMETRY_DISABLED: '1', LOG_LEVEL: 'warn' },
  },
});
