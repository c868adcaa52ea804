import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { LogsPage } from './pages/logs';
import { PodsList } from './pages/pods';

/**
 * The page CSP (nonces, no unsafe-inline or unsafe-eval for scripts) breaks nothing, and the demo's XSS corpus
 * (lib/devstack/hostile.ts: script and handler markup, a javascript: link in an ANSI OSC-8 hyperlink, a right-to-left
 * override) shows as inert text in logs, annotations and event messages: no script runs, no element is injected and
 * the browser reports no CSP violation.
 */
const SENTINEL = 'lantern-xss-corpus';

/** Records every CSP violation the page reports (the init script runs before any of the page's own). */
async function watchCsp(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));
  });
}

async function expectClean(page: Page) {
  const state = await page.evaluate(() => {
    const w = window as unknown as { __csp: string[]; __lanternXss?: number };
    return { csp: w.__csp, xss: w.__lanternXss ?? null };
  });
  expect(state.csp, state.csp.join('\n')).toEqual([]);
  expect(state.xss).toBeNull();
}

test.describe('Content-Security-Policy', () => {
  test('every page gets a fresh nonce, scripts need it, and the console works under it', async ({ guarded: page }) => {
    await watchCsp(page);
    const nonces = new Set<string>();
    for (const path of ['/', '/pods', '/nodes', '/workloads', '/dashboards', '/dashboards/k8s-pod?var-namespace=shop', '/explore', '/logs?q=%7Bnamespace%3D%22shop%22%7D']) {
      const res = await page.goto(path);
      const csp = res!.headers()['content-security-policy'] ?? '';
      const script = csp.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src '));
      expect(script, path).toMatch(/^script-src 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
      expect(csp).not.toContain('unsafe-eval');
      nonces.add(script!);
      await page.waitForLoadState('networkidle');
      await expectClean(page);
    }
    expect(nonces.size).toBe(8);
    // hydrated and styled under the policy: CodeMirror's style elements carry the nonce, so its layout applies
    await page.goto('/explore');
    const editor = page.locator('.cm-editor').first();
    await expect(editor).toBeVisible();
    expect(await editor.evaluate((el) => getComputedStyle(el).display)).toBe('flex');
    await page.locator('.cm-content').first().click();
    await page.keyboard.type('up');
    await expect(page.locator('.cm-content').first()).toContainText('up');
    await expectClean(page);
  });
});

test.describe('XSS corpus', () => {
  test('log lines: markup, OSC-8 javascript links and bidi overrides render as text', async ({ guarded: page }) => {
    await watchCsp(page);
    const logs = new LogsPage(page);
    await logs.open({ q: `{namespace="payments", app="fraud-scorer"} |= "${SENTINEL}"`, from: 'now-15m' });
    await logs.waitForRows();
    const row = logs.rows.first();
    await expect(row).toContainText('<script>window.__lanternXss=1</script>');
    await expect(row).toContainText('<img src=x onerror="window.__lanternXss=2">');
    // the OSC-8 hyperlink's text stays, its javascript: target never becomes a link
    await expect(row).toContainText('details');
    await expect(logs.list.locator('a[href^="javascript:"], img, svg script, script, iframe')).toHaveCount(0);
    await expect(logs.list.locator('[onerror], [onload]')).toHaveCount(0);
    // the right-to-left override is in the text, confined to its line
    expect(await row.textContent()).toContain('\u202E');
    // click once the lines stopped arriving (a row re-rendered under the pointer can swallow the click)
    await expect(logs.paging).not.toHaveAttribute('data-status', 'loading');
    await expect(async () => {
      if (!(await logs.details.isVisible())) await row.click();
      await expect(logs.details).toContainText(SENTINEL, { timeout: 5_000 });
    }).toPass({ timeout: 20_000 });
    await expect(logs.details.locator('a[href^="javascript:"], img, script')).toHaveCount(0);
    await expectClean(page);
  });

  test('annotations and event messages on the pod page render as text', async ({ guarded: page }) => {
    await watchCsp(page);
    const pod = await new PodsList(page).openPod('payments', 'fraud-scorer');
    await expect(pod.section('header')).toContainText(`demo.lantern.dev/last-rejected-input`);
    await expect(pod.section('header')).toContainText('<svg/onload=window.__lanternXss=3>');
    await expect(pod.section('events')).toContainText(SENTINEL);
    await expect(pod.section('events')).toContainText('<a href="javascript:window.__lanternXss=4">open</a>');
    await expect(page.locator('main a[href^="javascript:"], main img[src="x"], main svg[onload]')).toHaveCount(0);
    await expectClean(page);
  });
});
