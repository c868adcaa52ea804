import { expect, test } from './fixtures';
import { LogsPage, entryKey, type EntryKeyed } from './pages/logs';

test.describe('Paging past Loki\'s limit', () => {
  test('more than 5,000 lines load with no duplicate and no gap', async ({ guarded: page }) => {
    test.setTimeout(120_000);
    // A fixed past window, so the truth cannot move while the test runs.
    const endMs = Math.floor(Date.now() / 1000) * 1000 - 120_000;
    const startMs = endMs - 90_000;
    const query = '{namespace=~".+"}';

    // The truth: the same range cut into parts small enough that no part reaches Loki's limit.
    const truth = new Map<string, EntryKeyed>();
    const lo = BigInt(startMs) * 1_000_000n;
    const hi = BigInt(endMs) * 1_000_000n + 1n;
    const parts = 30n;
    for (let i = 0n; i < parts; i++) {
      const res = await page.request.get('/api/loki/query_range', {
        params: {
          query,
          startNs: (lo + ((hi - lo) * i) / parts).toString(),
          endNs: (lo + ((hi - lo) * (i + 1n)) / parts).toString(),
          limit: 5000,
          direction: 'forward',
        },
      });
      expect(res.ok()).toBe(true);
      const body = (await res.json()) as { entries: EntryKeyed[] };
      expect(body.entries.length).toBeLessThan(5000);
      for (const e of body.entries) truth.set(entryKey(e), e);
    }
    expect(truth.size).toBeGreaterThan(5000);

    const logs = new LogsPage(page);
    await logs.open({ q: query, from: new Date(startMs).toISOString(), to: new Date(endMs).toISOString(), limit: '5000' });
    await logs.waitForRows();
    await expect(logs.paging).toHaveAttribute('data-loaded', '5000');
    await logs.loadAllAndWait();
    await expect(page.getByTestId('paging-count')).toContainText('(all lines in range)');
    expect(await logs.loadedCount()).toBe(truth.size);

    const loaded = await logs.downloadJsonl();
    const keys = loaded.map(entryKey);
    expect(new Set(keys).size, 'no line twice').toBe(keys.length);
    expect(keys.filter((k) => !truth.has(k)), 'nothing that is not in Loki').toEqual([]);
    expect(keys.length, 'no line missing').toBe(truth.size);
    // Newest first, in order.
    for (let i = 1; i < loaded.length; i++) expect(BigInt(loaded[i - 1]!.tsNs) >= BigInt(loaded[i]!.tsNs)).toBe(true);
  });

  test('automatic paging can be stopped and stops at the configured maximum', async ({ guarded: page }) => {
    const logs = new LogsPage(page);
    await logs.open({ q: '{namespace=~".+"}', from: 'now-30m', limit: '1000', max: '5000' });
    await logs.waitForRows();
    await logs.loadAllAndWait();
    expect(await logs.loadedCount()).toBe(5000);
    await expect(page.getByTestId('paging-count')).toContainText('stopped at the maximum of 5,000');
  });
});
