import { expect, test } from './fixtures';

test.describe('Overview', () => {
  test('shows the demo cluster from live data', async ({ guarded: page }) => {
    await page.goto('/');
    await expect(page.getByTestId('overview')).toBeVisible();
    await expect(page.getByTestId('nodes-ready')).toContainText('3 / 3 ready');
    await expect(page.getByTestId('node-row')).toHaveCount(3);
    const problems = page.getByTestId('pod-problems');
    await expect(problems.locator('[data-status="Pending"]')).toContainText('1');
    await expect(page.getByTestId('pod-phases').locator('[data-phase="Running"]')).toContainText(/\d+/);
    await expect(page.getByTestId('restart-row').first()).toBeVisible();
    await expect(page.getByTestId('warning-event').first()).toBeVisible();
    await expect(page.getByTestId('overview-warnings')).toContainText(/BackOff|OOMKilling|FailedScheduling/);
    // Prometheus and Loki cards come from the real Prometheus and the demo Loki.
    await expect(page.getByTestId('meter-cpu')).toContainText('cores');
    await expect(page.getByTestId('http-error-row').first()).toBeVisible();
    await expect(page.getByTestId('log-error-row').first()).toBeVisible();
    await expect(page.getByTestId('panel-error')).toHaveCount(0);
  });

  test('numbers link to their detail, keeping the time range', async ({ guarded: page }) => {
    await page.goto('/?from=now-3h&to=now');
    await page.getByTestId('pod-problems').locator('[data-status="Pending"] a').click();
    await expect(page).toHaveURL(/\/pods\?status=Pending.*from=now-3h/);
    await expect(page.getByTestId('pod-row')).toHaveCount(1);
    await expect(page.getByTestId('pod-row')).toContainText('report-builder');
  });

  test('a restart row opens the pod page', async ({ guarded: page }) => {
    await page.goto('/');
    const first = page.getByTestId('restart-row').first().getByRole('link');
    const name = (await first.textContent())!.split('/').pop()!;
    await first.click();
    await expect(page.getByTestId('pod-page')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(name);
  });
});
