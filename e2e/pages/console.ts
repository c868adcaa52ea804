import { expect, type Page } from '@playwright/test';

/** The console shell: navigation and the time range in the URL. */
export class ConsolePage {
  constructor(readonly page: Page) {}

  async open(path: string) {
    await this.page.goto(path);
  }

  nav(name: string) {
    return this.page.getByRole('navigation').getByRole('link', { name, exact: true });
  }

  async expectTimeInUrl(from: string, to = 'now') {
    const url = new URL(this.page.url());
    expect(url.searchParams.get('from')).toBe(from);
    if (to !== 'now' || url.searchParams.has('to')) expect(url.searchParams.get('to') ?? 'now').toBe(to);
  }
}
