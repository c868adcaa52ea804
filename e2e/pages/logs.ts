import { expect, type Locator, type Page } from '@playwright/test';

export interface LogsOpenParams {
  q: string;
  from?: string;
  to?: string;
  [key: string]: string | undefined;
}

/** One line as the browser has it: the identity Loki gives lines (timestamp, stream labels, text). */
export interface EntryKeyed {
  tsNs: string;
  labels: Record<string, string>;
  line: string;
}

export const entryKey = (e: EntryKeyed) =>
  `${e.tsNs}\u0000${JSON.stringify(Object.keys(e.labels).sort().map((k) => [k, e.labels[k]]))}\u0000${e.line}`;

/** The /logs explorer: query bar, options, volume, paging, list, details and context, live tail. */
export class LogsPage {
  constructor(readonly page: Page) {}

  async open(params: LogsOpenParams) {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined) search.set(k, v);
    await this.page.goto(`/logs?${search}`);
  }

  get rows(): Locator {
    return this.page.getByTestId('log-row');
  }
  get list(): Locator {
    return this.page.getByTestId('log-list');
  }
  get paging(): Locator {
    return this.page.getByTestId('paging-bar');
  }
  get details(): Locator {
    return this.page.getByTestId('log-details');
  }
  get error(): Locator {
    return this.page.getByTestId('error-message');
  }

  get editor(): Locator {
    return this.page.getByTestId('logql-editor');
  }
  /** The open completion list's option labels. */
  get completionLabels(): Locator {
    return this.page.locator('.cm-tooltip-autocomplete .cm-completionLabel');
  }
  /** The completion option whose label is exactly `label`. */
  completion(label: string): Locator {
    return this.page.getByRole('option').filter({ has: this.page.locator('.cm-completionLabel', { hasText: new RegExp(`^${label.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')}$`) }) });
  }
  /** The editor's text. */
  async editorText(): Promise<string> {
    return (await this.editor.locator('.cm-content').innerText()).replace(/\u00a0/g, ' ');
  }
  /** Focuses the editor and types at the end of its text (the editor closes brackets and quotes itself). */
  async typeInEditor(text: string) {
    await this.editor.locator('.cm-content').click();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.editor.locator('.cm-content').pressSequentially(text);
  }

  get labelBrowser(): Locator {
    return this.page.getByRole('dialog', { name: 'Label browser' });
  }
  async openLabelBrowser() {
    await this.page.getByRole('button', { name: 'Label browser', exact: true }).click();
    await expect(this.labelBrowser).toBeVisible();
  }
  /** Shows `label`'s values in the browser and ticks `values`. */
  async pickValues(label: string, values: string[]) {
    const browser = this.labelBrowser;
    const name = browser.getByRole('group', { name: 'Labels' }).getByRole('button', { name: new RegExp(`^${label}\\b`) });
    if ((await name.getAttribute('aria-pressed')) !== 'true') await name.click();
    for (const v of values) await browser.getByRole('group', { name: `Values of ${label}` }).getByRole('checkbox', { name: v, exact: true }).check();
  }
  /** The stream count shown for a value of the label on show (once counts arrived). */
  async valueCount(value: string): Promise<number> {
    const row = this.labelBrowser.locator(`[data-testid="label-browser-value"][data-value="${value}"]`);
    await expect(row).toHaveAttribute('data-count', /\d+/);
    return Number(await row.getAttribute('data-count'));
  }

  /** The query in the URL. */
  query(): string {
    return new URL(this.page.url()).searchParams.get('q') ?? '';
  }

  async waitForRows(timeout?: number) {
    await expect(this.rows.first()).toBeVisible({ timeout });
  }

  /** Lines the list holds (after dedup), from its data attribute, not the virtualised DOM. */
  async listCount(): Promise<number> {
    return Number(await this.list.getAttribute('data-count'));
  }

  async loadedCount(): Promise<number> {
    return Number(await this.paging.getAttribute('data-loaded'));
  }

  async selectRow(index: number) {
    await this.rows.nth(index).click();
    await expect(this.details).toBeVisible();
  }

  field(name: string, source?: string): Locator {
    return this.details.locator(`[data-testid="log-field"][data-field="${name}"]${source ? `[data-source="${source}"]` : ''}`);
  }

  async loadAllAndWait(timeout = 60_000) {
    await this.page.getByTestId('load-all').click();
    await expect(this.paging).toHaveAttribute('data-status', 'done', { timeout });
  }

  /** Downloads the loaded lines as .jsonl and parses them. */
  async downloadJsonl(): Promise<EntryKeyed[]> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId('download-jsonl').click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    return Buffer.concat(chunks)
      .toString('utf8')
      .split('\n')
      .filter((l) => l !== '')
      .map((l) => JSON.parse(l) as EntryKeyed);
  }
}
