import type { Page } from '@playwright/test';
import { BASE_PATH } from '../lib/deploy/base-path-build';
import { startBasePathConsole, type BasePathConsole } from '../lib/deploy/base-path-harness';
import { expect, test } from './fixtures';

/**
 * The console built with LANTERN_BASE_PATH=/lantern, behind a reverse proxy that serves only /lantern/*: every
 * page, link, asset and API call must stay under the base path. The build is made once in a copy of the repo
 * (lib/deploy/base-path-build.ts) and reused while the sources are unchanged.
 */
let lantern: BasePathConsole;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(420_000);
  lantern = await startBasePathConsole((m) => console.log(`[base-path] ${m}`));
});

test.afterAll(async () => {
  await lantern?.close();
});

/** Every request the page sends to the proxy's origin, and the failed ones. */
function watch(page: Page) {
  const seen: string[] = [];
  const failed: string[] = [];
  page.on('request', (r) => {
    const u = new URL(r.url());
    if (u.origin === lantern.origin) seen.push(u.pathname + u.search);
  });
  page.on('response', (r) => {
    if (new URL(r.url()).origin === lantern.origin && r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  // Prefetches the router cancels end as net::ERR_ABORTED: not a failure of the base path.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') failed.push(`${r.failure()?.errorText} ${r.url()}`);
  });
  return { seen, failed };
}

test.describe(`Under ${BASE_PATH} behind a reverse proxy`, () => {
  test('the overview loads its assets and data under the base path, and its links keep it', async ({ guarded: page }) => {
    const { seen, failed } = watch(page);
    await page.goto(`${lantern.origin}${BASE_PATH}/`);
    await expect(page.getByTestId('nav-pods')).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(seen.some((p) => p.startsWith(`${BASE_PATH}/_next/static/`))).toBe(true);
    for (const item of ['overview', 'dashboards', 'explore', 'logs', 'pods', 'nodes']) {
      await expect(page.getByTestId(`nav-${item}`)).toHaveAttribute('href', new RegExp(`^${BASE_PATH}(/|$)`));
    }
    expect(failed).toEqual([]);
    expect(lantern.outside).toEqual([]);
  });

  test('client-side navigation to pods and a pod page stays under the base path', async ({ guarded: page }) => {
    const { seen, failed } = watch(page);
    await page.goto(`${lantern.origin}${BASE_PATH}/`);
    await page.getByTestId('nav-pods').click();
    await expect(page).toHaveURL(`${lantern.origin}${BASE_PATH}/pods`);
    await expect(page.getByTestId('pod-row').first()).toBeVisible();
    await page.getByTestId('pod-row').getByRole('link').first().click();
    await expect(page).toHaveURL(new RegExp(`^${lantern.origin}${BASE_PATH}/pods/[^/]+/[^/]+`));
    await expect(page.getByTestId('pod-page')).toBeVisible();
    // The logs section answered (lines or none) through the prefixed API.
    await expect(page.getByTestId('section-logs')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId('pod-log-list').or(page.getByTestId('pod-log-list-empty'))).toBeVisible();
    // The client router fetched the pod page's payload through the prefix.
    expect(seen.some((p) => p.startsWith(`${BASE_PATH}/pods/`) && p.includes('_rsc='))).toBe(true);
    expect(failed).toEqual([]);
    expect(lantern.outside).toEqual([]);
  });

  test('explore and logs query the datasources through the base path', async ({ guarded: page }) => {
    const { seen, failed } = watch(page);
    // An instant-valued series: the stack behind this spec starts without backfilled history.
    const q = 'sum by (namespace) (kube_pod_info)';
    // The console's anonymous principal is a viewer, which records its own query history.
    const recorded = page.waitForResponse((r) => r.url() === `${lantern.origin}${BASE_PATH}/api/query-history` && r.request().method() === 'POST');
    await page.goto(`${lantern.origin}${BASE_PATH}/explore?${new URLSearchParams({ q, from: 'now-15m', to: 'now' })}`);
    await expect(page.getByTestId('result-chart')).toHaveAttribute('data-state', 'ready');
    expect((await recorded).status()).toBe(200);
    await page.goto(`${lantern.origin}${BASE_PATH}/logs?${new URLSearchParams({ q: '{namespace="shop"}', from: 'now-1h' })}`);
    await expect(page.getByTestId('log-row').first()).toBeVisible();
    expect(seen.some((p) => p.startsWith(`${BASE_PATH}/api/prometheus/`))).toBe(true);
    expect(seen.some((p) => p.startsWith(`${BASE_PATH}/api/loki/`))).toBe(true);
    expect(failed).toEqual([]);
    expect(lantern.outside).toEqual([]);
  });

  test('nothing is served outside the base path, and the proxy notices a path that forgets it', async () => {
    expect((await fetch(`${lantern.origin}/api/healthz`)).status).toBe(404);
    expect(lantern.outside).toEqual(['/api/healthz']);
    expect((await fetch(`${lantern.serverOrigin}/api/healthz`)).status).toBe(404);
    expect((await fetch(`${lantern.serverOrigin}${BASE_PATH}/api/healthz`)).status).toBe(200);
  });
});
