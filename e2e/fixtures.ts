import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every page under test fails on a JavaScript dialog (alert/confirm from injected markup) and on uncaught
 * page errors, so "renders untrusted text as text" is checked on every spec, not just one.
 */
export const test = base.extend<{ guarded: Page }>({
  guarded: async ({ page }, use) => {
    const problems: string[] = [];
    page.on('dialog', (d) => {
      problems.push(`dialog opened: ${d.message()}`);
      void d.dismiss();
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await use(page);
    expect(problems, problems.join('\n')).toEqual([]);
  },
});

export { expect };
