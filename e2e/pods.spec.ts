import { expect, test } from './fixtures';

test.describe('Pods and nodes', () => {
  test('pods list filters by namespace, status and name', async ({ guarded: page }) => {
    await page.goto('/pods');
    await expect(page.getByTestId('pod-row').first()).toBeVisible();
    const all = await page.getByTestId('pod-row').count();
    expect(all).toBeGreaterThan(25);
    // The crash-looping worker is up for 25 s of every 4 minutes, so its status is one of these two.
    await page.goto('/pods?namespace=payments&q=payment-worker');
    await expect(page.getByTestId('pod-row')).toHaveCount(1);
    await expect(page.getByTestId('pod-row')).toHaveAttribute('data-status', /^(CrashLoopBackOff|Running)$/);
    await page.goto('/pods?namespace=payments&status=Pending');
    await expect(page.getByTestId('pod-row')).toHaveCount(1);
    await expect(page.getByTestId('pod-row')).toContainText('report-builder');
    await page.goto('/pods?q=redis');
    await expect(page.getByTestId('pod-row')).toContainText('redis-0');
  });

  test('sorting by restarts orders the rows and is kept in the URL', async ({ guarded: page }) => {
    await page.goto('/pods?namespace=payments');
    await expect(page.getByTestId('pod-row').first()).toBeVisible();
    await page.getByTestId('sort-restarts').click();
    await expect(page).toHaveURL(/sort=restarts/);
    const restarts = () => page.getByTestId('pod-row').evaluateAll((rows) => rows.map((r) => Number(r.children[4].textContent)));
    const isDescending = (xs: number[]) => xs.every((x, i) => i === 0 || xs[i - 1] >= x);
    await expect.poll(async () => isDescending(await restarts())).toBe(true);
    const shown = await restarts();
    expect(shown[0]).toBeGreaterThan(shown[shown.length - 1]);
    // The link reopens the same view; a second click flips the direction.
    await page.reload();
    await expect(page.getByTestId('sort-restarts').locator('..')).toHaveAttribute('aria-sort', 'ascending');
    await expect.poll(async () => isDescending(await restarts())).toBe(true);
    await page.getByTestId('sort-restarts').click();
    await expect(page).toHaveURL(/dir=desc/);
    await expect.poll(async () => (await restarts())[0]).toBe(Math.min(...shown));
  });

  test('a bad label selector shows the API server message, not a blank page', async ({ guarded: page }) => {
    await page.goto('/pods?labelSelector=app%20in%20(');
    await expect(page.getByTestId('panel-error')).toBeVisible();
    await expect(page.getByTestId('pod-filters')).toBeVisible();
  });

  test('the OOM-killed pod shows its last termination and its OOM event', async ({ guarded: page }) => {
    await page.goto('/pods?namespace=payments&q=fraud-scorer');
    await page.getByTestId('pod-row').getByRole('link').first().click();
    await expect(page.getByTestId('pod-page')).toBeVisible();
    await expect(page.getByTestId('last-termination').first()).toContainText('OOMKilled');
    await expect(page.getByTestId('pod-events')).toContainText('OOMKilling');
    await expect(page.getByTestId('pod-log-line').first()).toBeVisible();
  });

  test('the crash-looping pod offers its previous container logs', async ({ guarded: page }) => {
    await page.goto('/pods?namespace=payments&q=payment-worker');
    await page.getByTestId('pod-row').getByRole('link').first().click();
    await page.getByTestId('previous-logs').click();
    await expect(page).toHaveURL(/previous=1/);
    await expect(page.getByTestId('pod-log-line').filter({ hasText: 'panic' }).first()).toBeVisible();
  });

  test('an unknown pod gives a not-found page', async ({ guarded: page }) => {
    const res = await page.goto('/pods/shop/no-such-pod');
    expect(res?.status()).toBe(404);
    await expect(page.getByTestId('pod-not-found')).toBeVisible();
  });

  test('nodes list and node page', async ({ guarded: page }) => {
    await page.goto('/nodes');
    await expect(page.getByTestId('node-row')).toHaveCount(3);
    await page.getByRole('link', { name: 'demo-worker', exact: true }).click();
    await expect(page.getByTestId('node-page')).toBeVisible();
    await expect(page.getByTestId('node-conditions')).toContainText('Ready');
    await expect(page.getByTestId('pod-row').first()).toBeVisible();
  });
});
