import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests run against the built console on the demo stack (real Prometheus, demo Kubernetes API and
 * Loki-compatible server), in Debian's Chromium. The port, database and admin password are chosen once in the main
 * process; workers inherit them through the environment. The console runs with built-in authentication like a real
 * deployment: the `setup` project signs in as the admin once (e2e/auth.setup.ts) and every other project starts
 * from that signed-in storage state; e2e/auth*.spec.ts clear it to test the signed-out side.
 */
const freePort = () =>
  execFileSync(process.execPath, ['-e', "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"])
    .toString()
    .trim();
if (!process.env.LANTERN_E2E_PORT) {
  process.env.LANTERN_E2E_PORT = freePort();
  process.env.LANTERN_E2E_CONTROL_PORT = freePort();
  const dir = mkdtempSync(path.join(tmpdir(), 'lantern-e2e-'));
  process.env.LANTERN_E2E_DB = `file:${path.join(dir, 'e2e.db')}`;
  process.env.LANTERN_E2E_STATE = path.join(dir, 'admin-state.json');
  process.env.LANTERN_E2E_ADMIN_PASSWORD = randomBytes(18).toString('base64url');
}
const port = process.env.LANTERN_E2E_PORT;
/** The first admin of the e2e console (password in LANTERN_E2E_ADMIN_PASSWORD). */
export const E2E_ADMIN = 'e2e-admin';
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
    { name: 'setup', use: { browserName: 'chromium', headless: true }, testMatch: /auth\.setup\.ts/ },
    {
      name: 'chromium',
      use: { browserName: 'chromium', headless: true, storageState: process.env.LANTERN_E2E_STATE },
      testIgnore: /(outage|base-path)\.spec\.ts/,
      dependencies: ['setup'],
    },
    // Takes datasources down: runs after everything that uses them.
    {
      name: 'outage',
      use: { browserName: 'chromium', headless: true, storageState: process.env.LANTERN_E2E_STATE },
      testMatch: /outage\.spec\.ts/,
      dependencies: ['chromium'],
    },
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
    env: {
      DATABASE_URL: process.env.LANTERN_E2E_DB!,
      NEXT_TELEMETRY_DISABLED: '1',
      LOG_LEVEL: 'warn',
      LANTERN_AUTH: 'builtin',
      LANTERN_ADMIN_USER: E2E_ADMIN,
      LANTERN_ADMIN_PASSWORD: process.env.LANTERN_E2E_ADMIN_PASSWORD!,
      // The browser and the tests reach the console from 127.0.0.1: trusting it as a proxy lets e2e/auth.spec.ts give
      // rate-limited attempts their own client address (X-Forwarded-For) so they do not lock the other specs out.
      LANTERN_TRUSTED_PROXY_CIDRS: '127.0.0.1',
    },
  },
});
