import { expect, test } from './fixtures';
import { LogsPage } from './pages/logs';

const cart = '{namespace="shop", app="cart"}';

test.describe('Log explorer', () => {
  test('a query lists lines with the volume histogram and a count of what remains', async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    await logs.open({ q: `${cart} |= "cart"`, from: 'now-15m' });
    await logs.waitForRows();
    await expect(page.getByTestId('log-volume')).toBeVisible();
    await expect(page.getByTestId('paging-count')).toContainText(/1,000 lines loaded/);
    await expect(page.getByTestId('paging-count')).toContainText(/more in range/);
    // The line filter's matches are marked.
    await expect(page.getByTestId('log-match').first()).toHaveText('cart');
  });

  test('filter for a value from the details changes the query and the results', async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    await logs.open({ q: cart, from: 'now-15m', labels: '1' });
    await logs.waitForRows();
    await logs.selectRow(3);
    const pod = (await logs.field('pod', 'label').locator('.log-fields__value').textContent())!;
    await logs.field('pod', 'label').getByTestId('field-filter-for').click();
    await expect.poll(() => logs.query()).toContain(`pod="${pod}"`);
    await expect(page.getByTestId('logql-editor')).toContainText(`pod="${pod}"`);
    await logs.waitForRows();
    const shown = await page.getByTestId('log-row-labels').allTextContents();
    expect(shown.length).toBeGreaterThan(0);
    for (const labels of shown) expect(labels).toContain(`pod=${pod}`);

    // Filter out a parsed JSON field: the query gains a parser and a label filter.
    await logs.selectRow(0);
    await logs.field('level', 'json').getByTestId('field-filter-out').click();
    await expect.poll(() => logs.query()).toMatch(/\| json \| level!="\w+"/);
  });

  test('context shows lines around the selected one, and more in steps beyond 10', async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    await logs.open({ q: cart, from: 'now-15m' });
    await logs.waitForRows();
    await logs.selectRow(20);
    const context = page.getByTestId('log-context');
    await expect(context.getByTestId('context-current')).toBeVisible();
    await expect(context.getByTestId('context-before')).toHaveCount(10);
    await expect(context.getByTestId('context-after')).not.toHaveCount(0);
    await context.getByTestId('context-more-before').click();
    await expect(context.getByTestId('context-before')).toHaveCount(20);
    // Before-lines are older than the current one, after-lines newer or equal.
    const current = BigInt((await context.getByTestId('context-current').getAttribute('data-ts'))!);
    for (const ts of await context.getByTestId('context-before').evaluateAll((els) => els.map((e) => e.getAttribute('data-ts')!))) {
      expect(BigInt(ts) <= current).toBe(true);
    }
    for (const ts of await context.getByTestId('context-after').evaluateAll((els) => els.map((e) => e.getAttribute('data-ts')!))) {
      expect(BigInt(ts) >= current).toBe(true);
    }
  });

  test('dedup collapses repeated lines and says how many', async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    await logs.open({ q: `${cart} |= "cart loaded"`, from: 'now-15m' });
    await logs.waitForRows();
    const before = await logs.listCount();
    await page.getByTestId('logs-dedup').selectOption('numbers');
    await expect(page).toHaveURL(/dedup=numbers/);
    await expect(page.getByTestId('dedup-removed')).toBeVisible();
    const after = await logs.listCount();
    expect(after).toBeLessThan(before);
    await expect(page.getByTestId('log-row-count').first()).toContainText('×');
  });

  test('a selected line is in the URL and reopens with its details', async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    await logs.open({ q: cart, from: 'now-15m' });
    await logs.waitForRows();
    await logs.selectRow(5);
    await expect(page).toHaveURL(/line=\d+-[0-9a-z]+/);
    const line = await logs.details.getByTestId('log-details-line').textContent();
    await page.reload();
    await expect(logs.details.getByTestId('log-details-line')).toHaveText(line!);
    await expect(logs.details.getByTestId('log-pod-link')).toHaveAttribute('href', /^\/pods\/shop\/cart-.*from=now-15m/);
  });

  test('a field shown as a column sorts the list', async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    await logs.open({ q: cart, from: 'now-15m' });
    await logs.waitForRows();
    await logs.selectRow(0);
    await logs.field('latency_ms', 'json').getByTestId('field-column').click();
    await expect(page).toHaveURL(/cols=latency_ms/);
    await page.getByTestId('log-column-header').click();
    await page.getByTestId('log-column-header').click();
    await expect(page).toHaveURL(/sort=latency_ms%3Adesc/);
    const values = (await page.getByTestId('log-row-col').allTextContents()).filter((v) => v !== '').map(Number);
    expect(values.length).toBeGreaterThan(3);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
  });
});

test.describe('Log explorer safety and errors', () => {
  test('markup lines from the demo stack run no script', async ({ guarded: page }) => {
    await page.addInitScript(() => {
      (window as unknown as { __xss: boolean }).__xss = false;
      window.alert = () => {
        (window as unknown as { __xss: boolean }).__xss = true;
      };
    });
    const logs = new LogsPage(page);
    await logs.open({ q: '{namespace="shop", app="catalog"} |~ "<script>|<img"', from: 'now-1h', pretty: '1', wrap: '1' });
    await logs.waitForRows();
    await expect(logs.list).toContainText(/<script>alert\(1\)<\/script>|<img src=x onerror=alert\(1\)>/);
    await logs.selectRow(0);
    await expect(logs.details).toContainText(/<script>|<img/);
    expect(await page.locator('[data-testid="log-list"] script, [data-testid="log-list"] img, [data-testid="log-details"] img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss: boolean }).__xss)).toBe(false);
  });

  test('invalid LogQL shows the message at its position and sends nothing', async ({ guarded: page }) => {
    const sent: string[] = [];
    page.on('request', (r) => r.url().includes('/api/loki/') && sent.push(r.url()));
    const logs = new LogsPage(page);
    await logs.open({ q: '{namespace="shop"} |= ', from: 'now-15m' });
    await expect(logs.error).toContainText('syntax error');
    await expect(page.getByTestId('error-position')).toContainText('line 1, column 21');
    await expect(page.getByTestId('error-position-mark')).toBeVisible();
    // Typed and run: still nothing sent.
    await page.getByTestId('logql-editor').locator('.cm-content').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' | json |');
    await page.getByTestId('run-query').click();
    await expect(logs.error).toContainText('syntax error');
    await page.waitForTimeout(500);
    expect(sent).toEqual([]);
  });

  test("an error from Loki shows Loki's text and the page keeps working", async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    await logs.open({ q: '{namespace="shop"} |~ "("', from: 'now-15m' });
    await expect(logs.error).toContainText('error parsing regexp');
    await page.getByTestId('logql-editor').locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('{namespace="shop"}');
    await page.getByTestId('run-query').click();
    await logs.waitForRows();
  });

  test('metric LogQL renders as a time series chart', async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    await logs.open({ q: 'sum by (app) (count_over_time({namespace="shop"}[1m]))', from: 'now-15m' });
    await expect(page.getByTestId('result-chart')).toHaveAttribute('data-state', 'ready');
    await expect(page.getByTestId('chart-series').first()).toBeVisible();
  });
});
