import { expect, type Locator, type Page } from '@playwright/test';

export interface PanelSummary {
  id: string;
  title: string;
  state: string;
  /** The error, empty-state, text or placeholder shown instead of a chart, if any. */
  text: string;
}

/** The dashboards list, the import form and one dashboard's view. */
export class DashboardsPage {
  constructor(readonly page: Page) {}

  async openList(query = '') {
    await this.page.goto(`/dashboards${query}`);
  }

  async open(uid: string, params: Record<string, string | string[]> = {}) {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) for (const x of Array.isArray(v) ? v : [v]) search.append(k, x);
    const qs = search.toString();
    await this.page.goto(`/dashboards/${uid}${qs ? `?${qs}` : ''}`);
    await expect(this.page.getByTestId('dashboard-view')).toBeVisible();
  }

  /** Pastes dashboard JSON into the import form, previews it, saves it and waits for the new dashboard; returns its uid. */
  async importJson(json: string): Promise<string> {
    await this.page.getByTestId('dashboard-import-open').click();
    await this.page.getByTestId('dashboard-import-json').fill(json);
    await this.page.getByTestId('dashboard-import-preview').click();
    await expect(this.page.getByTestId('dashboard-import-result')).toBeVisible();
    await this.page.getByTestId('dashboard-import-save').click();
    await this.page.waitForURL((u) => /^\/dashboards\/[A-Za-z0-9_-]+$/.test(u.pathname));
    await expect(this.page.getByTestId('dashboard-view')).toBeVisible();
    return new URL(this.page.url()).pathname.split('/').pop()!;
  }

  get panels(): Locator {
    return this.page.getByTestId('panel');
  }

  panel(title: string): Locator {
    return this.panels.filter({ has: this.page.getByTestId('panel-title').getByText(title, { exact: true }) });
  }

  variable(name: string): Locator {
    return this.page.getByTestId(`variable-${name}`);
  }

  /** Picks the first option of a variable whose value starts with `prefix` and waits for the URL; returns the value. */
  async selectVariableStartingWith(name: string, prefix: string): Promise<string> {
    const select = this.variable(name);
    await expect(select).toBeEnabled();
    const find = () => select.locator('option').evaluateAll((os, p) => (os as HTMLOptionElement[]).map((o) => o.value).find((v) => v.startsWith(p)) ?? null, prefix);
    await expect.poll(find).not.toBeNull();
    const value = (await find())!;
    await select.selectOption(value);
    await expect.poll(() => new URL(this.page.url()).searchParams.get(`var-${name}`)).toBe(value);
    return value;
  }

  /** Waits until at least `min` panels are shown and none is loading or refreshing. */
  async waitSettled(min = 1, timeout = 30_000) {
    await expect.poll(() => this.panels.count()).toBeGreaterThanOrEqual(min);
    await expect(this.page.locator('[data-testid=panel][data-state=loading]')).toHaveCount(0, { timeout });
    await expect(this.page.locator('[data-testid=panel][aria-busy=true]')).toHaveCount(0, { timeout });
    await expect(this.page.getByTestId('panel-loading')).toHaveCount(0, { timeout });
  }

  async summaries(): Promise<PanelSummary[]> {
    return this.panels.evaluateAll((els) =>
      els.map((e) => ({
        id: e.getAttribute('data-panel-id') ?? '',
        title: e.querySelector('[data-testid=panel-title]')?.textContent ?? '',
        state: e.getAttribute('data-state') ?? '',
        text: (e.querySelector('[data-testid=panel-error-message], [data-testid=panel-empty], [data-testid=text-panel], [data-testid=panel-placeholder]')?.textContent ?? '').trim(),
      })),
    );
  }

  /** Clicks a share button and returns the link it offers. */
  async share(kind: 'relative' | 'absolute' = 'relative'): Promise<string> {
    await this.page.getByTestId(kind === 'relative' ? 'dashboard-share' : 'dashboard-share-absolute').click();
    const input = this.page.getByTestId('share-url').first();
    await expect(input).toBeVisible();
    return input.inputValue();
  }

  /** Drags across the middle of a time series panel's plot, which zooms to that part of the range. */
  async dragZoom(panel: Locator) {
    const plot = panel.locator('.chart__plot').first();
    const box = (await plot.boundingBox())!;
    const y = box.y + box.height / 2;
    await this.page.mouse.move(box.x + box.width * 0.35, y);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
    await this.page.mouse.move(box.x + box.width * 0.75, y, { steps: 5 });
    await this.page.mouse.up();
  }

  async panelMenu(panel: Locator, item: 'view' | 'explore' | 'copy-link' | 'inspect') {
    await panel.getByTestId('panel-menu').locator('summary').click();
    await panel.getByTestId(`panel-menu-${item}`).click();
  }
}
