import { expect, test } from '@playwright/test';

/** Runs after every other spec (its own Playwright project): it takes demo datasources down and back up. */
const control = (part: string, state: 'up' | 'down') =>
  fetch(`http://127.0.0.1:${process.env.LANTERN_E2E_CONTROL_PORT}/parts/${part}/${state}`, { method: 'POST' });

test.describe('Outages', () => {
  test('a datasource going down is named, isolated, and recovers without restart', async ({ request, page }) => {
    expect((await control('loki', 'down')).status).toBe(204);
    try {
      const ready = await (await request.get('/api/readyz')).json();
      expect(ready.status).toBe('degraded');
      expect(ready.datasources.loki.ok).toBe(false);
      expect(ready.datasources.prometheus.ok).toBe(true);
      expect((await request.get('/api/readyz?strict=1')).status()).toBe(503);
      await page.goto('/');
      await expect(page.getByTestId('overview-log-errors').getByTestId('panel-error')).toContainText('loki');
      await expect(page.getByTestId('nodes-ready')).toContainText('3 / 3 ready');
      await expect(page.getByTestId('meter-cpu')).toBeVisible();
    } finally {
      await control('loki', 'up');
    }
    await expect.poll(async () => (await (await request.get('/api/readyz')).json()).status, { timeout: 15_000 }).toBe('ready');
    await page.reload();
    await expect(page.getByTestId('log-error-row').first()).toBeVisible();
  });
});
