import { expect, test } from './fixtures';

/** Query history (issue 3 §8, issue 4 §1): stored in the database, searchable, starred, loaded back into the editor. */
test.describe('Query history', () => {
  test('a query run in Explore is in the history, and stays starred after a reload', async ({ guarded: page }) => {
    // Unique per run, so the search finds exactly this entry whatever else the database holds.
    const stamp = String(Date.now() % 1_000_000_000);
    const query = `vector(${stamp})`;

    await page.goto('/explore');
    await page.getByTestId('promql-editor').locator('.cm-content').click();
    await page.keyboard.type(query);
    const recorded = page.waitForResponse((r) => r.url().includes('/api/query-history') && r.request().method() === 'POST');
    await page.getByTestId('run-query').click();
    await expect(page).toHaveURL(new RegExp(`q=vector%28${stamp}%29`));
    expect((await recorded).ok()).toBe(true);

    await page.getByTestId('history-toggle').click();
    const panel = page.getByTestId('history-panel');
    await expect(panel).toBeVisible();
    await panel.getByTestId('history-search').fill(stamp);
    const item = panel.getByTestId('history-item');
    await expect(item).toHaveCount(1);
    await expect(item).toContainText(query);

    const starred = page.waitForResponse((r) => /\/api\/query-history\/[^/]+\/star$/.test(r.url()));
    await item.getByTestId('history-star').click();
    expect((await starred).ok()).toBe(true);
    await expect(item.getByTestId('history-star')).toHaveAttribute('aria-pressed', 'true');

    await page.reload();
    await page.getByTestId('history-toggle').click();
    await page.getByTestId('history-search').fill(stamp);
    await expect(page.getByTestId('history-item')).toHaveCount(1);
    await expect(page.getByTestId('history-item')).toContainText(query);
    await expect(page.getByTestId('history-item').getByTestId('history-star')).toHaveAttribute('aria-pressed', 'true');

    // The starred-only filter keeps it; with the editor emptied, clicking it loads it back and closes the panel.
    await page.getByTestId('history-starred-only').check();
    await expect(page.getByTestId('history-item')).toHaveCount(1);
    await page.getByTestId('promql-editor').locator('.cm-content').click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Delete');
    await expect(page.getByTestId('promql-editor')).not.toContainText(query);
    await page.getByTestId('history-item').getByRole('button', { name: query, exact: true }).click();
    await expect(page.getByTestId('history-panel')).toHaveCount(0);
    await expect(page.getByTestId('promql-editor')).toContainText(query);
  });

  test('a past query is offered in completion as its prefix is typed; deleting removes it', async ({ guarded: page }) => {
    const stamp = String((Date.now() + 7) % 1_000_000_000);
    const query = `vector(${stamp}) * 2`;
    await page.goto(`/explore?${new URLSearchParams({ q: query })}`);
    await page.getByTestId('history-toggle').click();
    await page.getByTestId('history-search').fill(stamp);
    await expect(page.getByTestId('history-item')).toHaveCount(1);
    await expect(page.getByTestId('history-item')).toContainText(query);
    await page.getByTestId('history-toggle').click();

    const editor = page.getByTestId('promql-editor').locator('.cm-content');
    await editor.click();
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type(`vector(${stamp.slice(0, 4)}`);
    // Ask for completion explicitly: the popup that opens while typing can be closed by a late keystroke, and one
    // opened before the history list has loaded does not gain its entries; ask again until it offers the query.
    const option = page.locator('.cm-tooltip-autocomplete li', { hasText: query });
    await expect(async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Space');
      await expect(option).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await option.click();
    await expect(page.getByTestId('promql-editor')).toContainText(query);

    await page.getByTestId('history-toggle').click();
    await page.getByTestId('history-search').fill(stamp);
    // The unfiltered list stays on screen until the search answers.
    await expect(page.getByTestId('history-item')).toHaveCount(1);
    await expect(page.getByTestId('history-item')).toContainText(query);
    await page.getByTestId('history-item').getByTestId('history-delete').click();
    await expect(page.getByTestId('history-item')).toHaveCount(0);
    await expect(page.getByTestId('history-empty')).toBeVisible();
  });

  test('invalid PromQL is marked inline before anything runs', async ({ guarded: page }) => {
    await page.goto('/explore');
    const sent: string[] = [];
    page.on('request', (r) => r.url().includes('/api/prometheus/query') && sent.push(r.url()));
    await page.getByTestId('promql-editor').locator('.cm-content').click();
    await page.keyboard.type('rate(up) + 1');
    await expect(page.getByTestId('promql-editor').locator('.cm-lintRange-error').first()).toBeVisible();
    expect(sent).toEqual([]);
    await expect(page).not.toHaveURL(/[?&]q=/);
  });

  test('invalid LogQL is marked inline at its position before anything runs', async ({ guarded: page }) => {
    await page.goto('/logs');
    const sent: string[] = [];
    page.on('request', (r) => r.url().includes('/api/loki/query') && sent.push(r.url()));
    await page.getByTestId('logql-editor').locator('.cm-content').click();
    await page.keyboard.type('{namespace="shop"} |= ');
    const mark = page.getByTestId('logql-editor').locator('.cm-lintRange-error').first();
    await expect(mark).toBeVisible();
    await expect(mark).toHaveText('=');
    expect(sent).toEqual([]);
  });
});
