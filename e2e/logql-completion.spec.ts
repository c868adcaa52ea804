import { expect, test } from './fixtures';
import { LogsPage } from './pages/logs';

test.describe('LogQL editor completion and label browser', () => {
  // Typing into the editor with completion on a shared 2-core machine: more than the default minute at busy times.
  test.describe.configure({ timeout: 120_000 });

  test('{ offers Loki label names, = offers their values as quoted literals, | offers parsers', async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    await logs.open({ q: '', from: 'now-15m' });
    await logs.typeInEditor('{');
    // The demo Loki's stream labels, not a fixed list.
    await expect(logs.completion('namespace')).toBeVisible();
    await expect(logs.completion('pod')).toBeVisible();
    await logs.completion('namespace').click();
    await expect.poll(() => logs.editorText()).toBe('{namespace}');

    await page.keyboard.type('=');
    await expect(logs.completion('shop')).toBeVisible();
    await expect(logs.completion('payments')).toBeVisible();
    await logs.completion('shop').click();
    await expect.poll(() => logs.editorText()).toBe('{namespace="shop"}');

    // After a comma: the other labels, without the one already used; a partial name narrows them.
    await page.keyboard.type(', ap');
    await expect(logs.completion('app')).toBeVisible();
    await expect(logs.completion('namespace')).toHaveCount(0);
    await logs.completion('app').click();
    await page.keyboard.type('="');
    await expect(logs.completion('cart')).toBeVisible();
    await expect(logs.completion('payment-api')).toHaveCount(0);
    await logs.completion('cart').click();
    await expect.poll(() => logs.editorText()).toBe('{namespace="shop", app="cart"}');

    await page.keyboard.press('End');
    await page.keyboard.type(' | ');
    await expect(logs.completion('json')).toBeVisible();
    await expect(logs.completion('logfmt')).toBeVisible();
    await expect(logs.completion('|=')).toBeVisible();
    await logs.completion('json').click();
    await expect.poll(() => logs.editorText()).toBe('{namespace="shop", app="cart"} | json');
  });

  test('after a run, label filters offer the fields seen in the JSON lines', async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    await logs.open({ q: '{namespace="shop", app="cart"}', from: 'now-15m' });
    await logs.waitForRows(45_000);
    await logs.typeInEditor(' | json | ');
    // latency_ms is no Loki label: it can only come from the lines on screen.
    const latency = logs.completion('latency_ms');
    await expect(latency).toBeVisible();
    await expect(latency).toContainText('field (json)');
    await expect(logs.completion('logfmt')).toBeVisible();
    await latency.click();
    await page.keyboard.type(' > 100 | line_format "{{.');
    await logs.completion('msg').click();
    await expect.poll(() => logs.editorText()).toBe('{namespace="shop", app="cart"} | json | latency_ms > 100 | line_format "{{.msg"');
  });

  test('label browser: values with stream counts, multi-select, the selector it builds, used and run', async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    await logs.open({ q: '', from: 'now-15m', labels: '1' });

    // "Use query" puts the selector into the editor without running it.
    await logs.openLabelBrowser();
    await logs.pickValues('namespace', ['payments']);
    await expect(logs.labelBrowser.getByRole('status', { name: 'Selector preview' })).toHaveText('{namespace="payments"}');
    await logs.labelBrowser.getByRole('button', { name: 'Use query' }).click();
    await expect(logs.labelBrowser).toBeHidden();
    await expect.poll(() => logs.editorText()).toBe('{namespace="payments"}');
    expect(logs.query()).toBe('');

    await logs.openLabelBrowser();
    await logs.pickValues('namespace', ['shop']);
    expect(await logs.valueCount('shop')).toBeGreaterThan(1);
    expect(await logs.valueCount('payments')).toBeGreaterThan(0);
    // Values of another label are counted under the namespace picked: payments' app has no stream in shop.
    await logs.pickValues('app', ['cart', 'checkout']);
    expect(await logs.valueCount('cart')).toBeGreaterThan(0);
    expect(await logs.valueCount('payment-api')).toBe(0);
    const search = logs.labelBrowser.getByRole('searchbox', { name: 'Search values of app' });
    await search.fill('CHECK');
    await expect(logs.labelBrowser.getByTestId('label-browser-value')).toHaveText([/checkout/]);
    await search.fill('');
    const preview = logs.labelBrowser.getByRole('status', { name: 'Selector preview' });
    await expect(preview).toHaveText('{namespace="shop", app=~"cart|checkout"}');
    await logs.labelBrowser.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => logs.query()).toBe('{namespace="shop", app=~"cart|checkout"}');
    await logs.waitForRows(45_000);
    const shown = await page.getByTestId('log-row-labels').evaluateAll((els) => els.map((e) => [...e.querySelectorAll('.label-chip')].map((c) => c.textContent)));
    expect(shown.length).toBeGreaterThan(0);
    for (const chips of shown) {
      expect(chips).toContain('namespace=shop');
      const app = chips.find((c) => c?.startsWith('app='));
      expect(['app=cart', 'app=checkout']).toContain(app);
    }
  });

  test('label browser is keyboard accessible and closes with Escape', async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    await logs.open({ q: '', from: 'now-15m' });
    const toggle = page.getByRole('button', { name: 'Label browser', exact: true });
    await toggle.focus();
    await page.keyboard.press('Enter');
    await expect(logs.labelBrowser).toBeVisible();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const namespace = logs.labelBrowser.getByRole('button', { name: 'namespace', exact: true });
    await namespace.focus();
    await page.keyboard.press('Enter');
    await expect(namespace).toHaveAttribute('aria-pressed', 'true');
    // The search box takes focus; Tab reaches the first value, Space ticks it.
    await expect(logs.labelBrowser.getByRole('searchbox', { name: 'Search values of namespace' })).toBeFocused();
    await page.keyboard.type('shop');
    // The values arrive from Loki and then filter: Tab before that would land past an empty list.
    await expect(logs.labelBrowser.getByRole('checkbox').first()).toHaveAccessibleName('shop');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Space');
    await expect(logs.labelBrowser.getByRole('checkbox', { name: 'shop', exact: true })).toBeChecked();
    await expect(logs.labelBrowser.getByRole('status', { name: 'Selector preview' })).toHaveText('{namespace="shop"}');
    await page.keyboard.press('Escape');
    await expect(logs.labelBrowser).toBeHidden();
    await expect(toggle).toBeFocused();
  });

  test('past queries are still offered next to the grammar\'s options', async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    const stamp = `hist${Date.now() % 1_000_000_000}`;
    const query = `{namespace="shop"} |= "${stamp}"`;
    await logs.open({ q: query, from: 'now-5m' });
    await expect(page.getByTestId('logs-result').or(page.getByTestId('logs-no-results'))).toBeVisible({ timeout: 45_000 });
    await logs.editor.locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await logs.typeInEditor(`{namespace="shop"} |= "${stamp.slice(0, 7)}`);
    // The history list loads once; ask again until the popup offers the entry (as in history.spec.ts).
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: query });
    await expect(async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Space');
      await expect(option).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
    await option.click();
    await expect.poll(() => logs.editorText()).toBe(query);
  });

  test("Explore's logs side has the label browser and completion too", async ({ guarded: page }) => {
    await page.goto('/explore?split=1&from=now-15m');
    const side = page.getByTestId('split-logs');
    await expect(side).toBeVisible();
    await side.getByRole('button', { name: 'Label browser', exact: true }).click();
    const browser = side.getByRole('dialog', { name: 'Label browser' });
    await browser.getByRole('button', { name: 'namespace', exact: true }).click();
    await browser.getByRole('checkbox', { name: 'shop', exact: true }).check();
    await browser.getByRole('button', { name: 'Run', exact: true }).click();
    await expect(side.getByTestId('log-row').first()).toBeVisible({ timeout: 45_000 });
    await expect(side.getByTestId('logql-editor')).toContainText('{namespace="shop"}');
  });
});
