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

  test('live tail: Loki going away shows a reconnecting message, and coming back resumes with no line twice', async ({ page, request }) => {
    await page.goto(`/logs?${new URLSearchParams({ q: '{namespace="shop", app="checkout"}', live: '1', labels: '1' })}`);
    const status = page.getByTestId('tail-status');
    const list = page.getByTestId('log-list');
    const count = async () => Number(await list.getAttribute('data-count'));
    await expect(status).toHaveText('Live');
    await expect(page.getByTestId('log-row').first()).toBeVisible();
    const beforeDown = await count();
    await expect.poll(count, { timeout: 15_000 }).toBeGreaterThan(beforeDown);

    // Every status the tail shows from here on, to prove it never claims to be live while Loki is down.
    await status.evaluate((el) => {
      const w = window as unknown as { __tailStatus: string[] };
      w.__tailStatus = [el.textContent ?? ''];
      new MutationObserver(() => w.__tailStatus.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
    });
    expect((await control('loki', 'down')).status).toBe(204);
    let upAtMs = 0;
    try {
      await expect(status).toHaveText('Reconnecting…');
      await expect(page.getByTestId('tail-error')).toContainText(/reconnecting/i);
      await expect(page.getByTestId('tail-error')).toContainText(/loki/i);
      // Two retries at least (1 s, then 2 s, with jitter) fail while Loki is down.
      await page.waitForTimeout(4000);
      const whileDown = await page.evaluate(() => (window as unknown as { __tailStatus: string[] }).__tailStatus);
      expect(whileDown.slice(1).filter((s) => s !== 'Reconnecting…')).toEqual([]);
      await expect(status).toHaveText('Reconnecting…');
    } finally {
      await control('loki', 'up');
      upAtMs = Date.now();
    }
    const beforeUp = await count();
    // The backoff has grown to 4 s (±25%) by now: the next attempt comes within seconds.
    await expect(status).toHaveText('Live', { timeout: 20_000 });
    await expect(page.getByTestId('tail-error')).toHaveCount(0);
    await expect.poll(count, { timeout: 20_000 }).toBeGreaterThan(beforeUp);
    // Lines newer than Loki's return arrive.
    const newestMs = () =>
      list.evaluate((el) => Math.max(0, ...[...el.querySelectorAll('[data-testid="log-row"]')].map((r) => Number(r.getAttribute('data-ts')!.slice(0, -6)))));
    await expect.poll(newestMs, { timeout: 20_000 }).toBeGreaterThan(upAtMs);

    // Every line the tail holds (paused, so the list stands still), read by scrolling the virtualised list from top
    // to bottom: each once.
    await page.getByTestId('tail-pause').click();
    await expect(status).toHaveText('Paused');
    const lines = await list.evaluate(async (el) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      const byIndex = new Map<number, string>();
      el.scrollTop = 0;
      await frame();
      for (;;) {
        for (const item of el.querySelectorAll('[data-index]')) {
          const row = item.querySelector('[data-testid="log-row"]')!;
          byIndex.set(Number(item.getAttribute('data-index')), `${row.getAttribute('data-ts')}|${row.textContent}`);
        }
        if (el.scrollTop + el.clientHeight >= el.scrollHeight - 1) break;
        el.scrollTop += el.clientHeight / 2;
        await frame();
      }
      return { total: Number(el.getAttribute('data-count')), keys: [...byIndex.entries()].sort((a, b) => a[0] - b[0]).map(([, k]) => k) };
    });
    expect(lines.keys.length).toBe(lines.total);
    expect(lines.total).toBeGreaterThan(beforeUp);
    expect(new Set(lines.keys).size, 'a line shown twice').toBe(lines.total);
    // Oldest first, as received: time never goes back (a replay after the reconnect would).
    const times = lines.keys.map((k) => BigInt(k.split('|')[0]!));
    expect(times.every((t, i) => i === 0 || t >= times[i - 1]!)).toBe(true);
    await expect.poll(async () => (await (await request.get('/api/readyz')).json()).status, { timeout: 15_000 }).toBe('ready');
  });
});
