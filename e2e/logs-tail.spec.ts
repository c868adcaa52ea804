import { expect, test } from './fixtures';
import { LogsPage } from './pages/logs';

test.describe('Live tail', () => {
  test('receives new lines, pauses and resumes', async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    await logs.open({ q: '{namespace="shop"}', live: '1' });
    await expect(page.getByTestId('tail-status')).toHaveText('Live');
    await logs.waitForRows();
    const first = await logs.listCount();
    await expect.poll(() => logs.listCount(), { timeout: 15_000 }).toBeGreaterThan(first);
    await expect(page.getByTestId('tail-rate')).not.toHaveText('0.0 lines/s');

    await page.getByTestId('tail-pause').click();
    await expect(page.getByTestId('tail-status')).toHaveText('Paused');
    const frozen = await logs.listCount();
    await expect(page.getByTestId('tail-resume')).toContainText(/new/, { timeout: 15_000 });
    expect(await logs.listCount()).toBe(frozen);
    await page.getByTestId('tail-resume').click();
    await expect.poll(() => logs.listCount()).toBeGreaterThan(frozen);

    // Tail lines are unique: the newest timestamps never repeat a (ts, line) pair in the DOM.
    const seen = await page.getByTestId('log-row').evaluateAll((rows) => rows.map((r) => `${r.getAttribute('data-ts')}|${r.textContent}`));
    expect(new Set(seen).size).toBe(seen.length);
  });

  test('scrolling up stops following and offers a jump to the latest line', async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    await logs.open({ q: '{namespace=~".+"}', live: '1' });
    await logs.waitForRows();
    await expect.poll(() => logs.listCount(), { timeout: 15_000 }).toBeGreaterThan(60);
    await logs.list.evaluate((el) => el.scrollTo({ top: 0 }));
    await expect(page.getByTestId('tail-jump')).toBeVisible();
    await page.getByTestId('tail-jump').click();
    await expect(page.getByTestId('tail-jump')).toBeHidden();
  });

  test('a metric query cannot be tailed: the server refuses it before opening Loki', async ({ guarded: page }) => {
    const res = await page.request.get('/api/loki/tail', { params: { query: 'rate({namespace="shop"}[1m])' } });
    expect(res.status()).toBe(400);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/log query/);
  });
});
