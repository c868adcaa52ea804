import fs from 'node:fs';
import { expect, test as setup } from '@playwright/test';

/** Signs in once as the e2e admin through the real form and saves the session for every other project. */
setup('sign in as the e2e admin', async ({ page }) => {
  // Back to /api/auth/me after signing in: it says who we are without rendering a whole page (slow on a busy machine).
  await page.goto('/login?next=%2Fapi%2Fauth%2Fme');
  await page.getByLabel('User name').fill('e2e-admin');
  await page.getByLabel('Password').fill(process.env.LANTERN_E2E_ADMIN_PASSWORD!);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/api\/auth\/me$/);
  expect(JSON.parse((await page.textContent('body')) ?? '')).toMatchObject({ data: { user: 'e2e-admin', role: 'admin', via: 'session' } });
  // The session is the cookie alone. (context.storageState() also opens a page per origin to read localStorage,
  // which Chromium refused now and then on a loaded machine: "Failed to find browser context".)
  const cookies = await page.context().cookies();
  expect(cookies.map((c) => c.name)).toEqual(['lantern_session']);
  fs.writeFileSync(process.env.LANTERN_E2E_STATE!, JSON.stringify({ cookies, origins: [] }));
});
