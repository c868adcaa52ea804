import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { expect, test } from './fixtures';

/**
 * Built-in sign-in on the e2e console (LANTERN_AUTH=builtin, first admin from LANTERN_ADMIN_*): redirect, wrong
 * password, cookie flags, logout, rate limit, roles. Starts signed out; admin calls use the setup project's state.
 */
test.use({ storageState: { cookies: [], origins: [] } });
test.describe.configure({ mode: 'serial' });

const ADMIN = 'e2e-admin';
const baseURL = `http://127.0.0.1:${process.env.LANTERN_E2E_PORT}`;
const suffix = Date.now().toString(36);
const VIEWER = `viewer-${suffix}`;
const TARGET = `target-${suffix}`;
const PASSWORD = 'long enough password 1';

let admin: APIRequestContext;
test.beforeAll(async () => {
  admin = await playwrightRequest.newContext({ baseURL, storageState: process.env.LANTERN_E2E_STATE });
  for (const [name, role] of [
    [VIEWER, 'viewer'],
    [TARGET, 'editor'],
  ]) {
    const res = await admin.post('/api/admin/users', { data: { name, password: PASSWORD, role } });
    expect(res.status(), await res.text()).toBe(201);
  }
});
test.afterAll(async () => {
  await admin?.dispose();
});

const jsonLogin = (ctx: APIRequestContext, username: string, password: string, headers: Record<string, string> = {}) =>
  ctx.post('/api/auth/login', { data: { username, password }, headers });

test('a page asks for sign-in, a wrong password says so generically, the right one goes back where you were', async ({ guarded: page, context }) => {
  await page.goto('/pods?q=shop');
  await expect(page).toHaveURL(/\/login\?next=%2Fpods%3Fq%3Dshop$/);
  await page.getByLabel('User name').fill(ADMIN);
  await page.getByLabel('Password').fill('not the password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('login-error')).toHaveText('Wrong user name or password.');
  expect(await context.cookies()).toEqual([]);

  await page.getByLabel('User name').fill(ADMIN);
  await page.getByLabel('Password').fill(process.env.LANTERN_E2E_ADMIN_PASSWORD!);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/pods\?q=shop$/);
  await expect(page.getByTestId('user-name')).toHaveText(ADMIN);

  const [cookie] = await context.cookies();
  expect(cookie).toMatchObject({ name: 'lantern_session', httpOnly: true, sameSite: 'Lax', path: '/', secure: false });
  expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
  // The cookie lasts the session's maximum age (7 days); the 12-hour idle expiry slides on the server.
  expect(cookie.expires).toBeGreaterThan(Date.now() / 1000 + 6.9 * 86_400);
  expect(cookie.expires).toBeLessThan(Date.now() / 1000 + 7.1 * 86_400);

  const me = await page.request.get('/api/auth/me');
  expect(await me.json()).toEqual({ data: { user: ADMIN, role: 'admin', groups: [], namespaces: null, via: 'session' } });

  // Sign out: the cookie is cleared and the token itself is dead on the server.
  await page.getByTestId('logout').click();
  await expect(page).toHaveURL(/\/login$/);
  expect(await context.cookies()).toEqual([]);
  const replay = await page.request.get('/api/auth/me', { headers: { cookie: `lantern_session=${cookie.value}` } });
  expect(replay.status()).toBe(401);
  await page.goto('/pods');
  await expect(page).toHaveURL(/\/login\?next=%2Fpods$/);
});

test('the session cookie is Secure when a trusted proxy says the client used https', async ({ request }) => {
  const res = await jsonLogin(request, VIEWER, PASSWORD, { 'x-forwarded-proto': 'https' });
  expect(res.status()).toBe(200);
  const setCookie = res.headers()['set-cookie'];
  expect(setCookie).toMatch(/^lantern_session=[A-Za-z0-9_-]{43}; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax; Secure$/);
  expect((await jsonLogin(request, VIEWER, PASSWORD)).headers()['set-cookie']).not.toContain('Secure');
});

test('sign-in redirects only within the console', async ({ request }) => {
  for (const next of ['//evil.example/x', '/\\evil.example', 'https://evil.example/']) {
    const res = await request.post('/api/auth/login', { form: { username: VIEWER, password: PASSWORD, next }, maxRedirects: 0 });
    expect(res.status()).toBe(303);
    expect(res.headers().location).toBe('/');
  }
});

test('five failures per user name or per client address within 15 minutes → 429 with Retry-After', async ({ request }) => {
  // Each attempt claims its own client address through the trusted-proxy header, so this does not lock out 127.0.0.1.
  const clientA = { 'x-forwarded-for': `203.0.113.${Math.floor(Math.random() * 200) + 1}` };
  const clientB = { 'x-forwarded-for': '198.51.100.7' };
  const clientC = { 'x-forwarded-for': '198.51.100.8' };
  for (let i = 0; i < 5; i++) {
    const res = await jsonLogin(request, TARGET, `wrong ${i}`, clientA);
    expect(res.status()).toBe(401);
    expect(await res.json()).toEqual({ error: { status: 401, kind: 'unauthenticated', message: 'Wrong user name or password' } });
  }
  const limited = await jsonLogin(request, TARGET, PASSWORD, clientA);
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(800);
  expect(Number(limited.headers()['retry-after'])).toBeLessThanOrEqual(900);
  // The user name is locked from every address, even with the right password…
  expect((await jsonLogin(request, TARGET, PASSWORD, clientB)).status()).toBe(429);
  // …and the address is locked for every user name.
  expect((await jsonLogin(request, VIEWER, PASSWORD, clientA)).status()).toBe(429);
  // Unknown users count like known ones and get the same answer.
  const unknown = await jsonLogin(request, `nobody-${suffix}`, 'x', clientC);
  expect(unknown.status()).toBe(401);
  expect(await unknown.json()).toEqual({ error: { status: 401, kind: 'unauthenticated', message: 'Wrong user name or password' } });
});

test('a viewer reads and keeps its own query history, but cannot write dashboards nor manage users; an admin can', async () => {
  const viewer = await playwrightRequest.newContext({ baseURL });
  try {
    expect((await jsonLogin(viewer, VIEWER, PASSWORD)).status()).toBe(200);
    expect((await viewer.get('/api/dashboards')).status()).toBe(200);
    const write = await viewer.post('/api/dashboards', { data: { model: { title: 'x', panels: [] } } });
    expect(write.status()).toBe(403);
    expect(await write.json()).toMatchObject({ error: { kind: 'forbidden' } });
    expect((await viewer.get('/api/admin/users')).status()).toBe(403);
    expect((await viewer.post('/api/admin/users', { data: { name: 'x', password: PASSWORD } })).status()).toBe(403);
    // Explore's query history is each user's own: a viewer records and stars its runs, and nobody else sees them or
    // can change them (another user's entry answers 404, like a missing one).
    const run = await viewer.post('/api/query-history', { data: { datasource: 'prometheus', query: `up{e2e="${suffix}"}` } });
    expect(run.status(), await run.text()).toBe(200);
    const { data: entry } = (await run.json()) as { data: { id: string } };
    expect((await viewer.post(`/api/query-history/${entry.id}/star`, { data: { starred: true } })).status()).toBe(200);
    expect((await (await viewer.get(`/api/query-history?search=${suffix}`)).json()).data).toMatchObject([{ id: entry.id, starred: true }]);
    expect((await (await admin.get(`/api/query-history?search=${suffix}`)).json()).data).toEqual([]);
    expect((await admin.post(`/api/query-history/${entry.id}/star`, { data: { starred: false } })).status()).toBe(404);
    expect((await admin.delete(`/api/query-history/${entry.id}`)).status()).toBe(404);
    expect((await viewer.delete(`/api/query-history/${entry.id}`)).status()).toBe(204);
    // An admin disables the viewer: the viewer's session ends at once.
    expect((await admin.patch(`/api/admin/users/${VIEWER}`, { data: { disabled: true } })).status()).toBe(200);
    expect((await viewer.get('/api/dashboards')).status()).toBe(401);
    expect((await jsonLogin(viewer, VIEWER, PASSWORD)).status()).toBe(401);
    expect((await admin.patch(`/api/admin/users/${VIEWER}`, { data: { disabled: false } })).status()).toBe(200);
    // Admin writes are same-origin only, like every other write.
    expect((await admin.post('/api/admin/users', { data: { name: `x-${suffix}`, password: PASSWORD }, headers: { origin: 'https://evil.example' } })).status()).toBe(403);
  } finally {
    await viewer.dispose();
  }
});

test('the admin page manages users and access rules', async ({ guarded: page }) => {
  await page.goto('/login?next=%2Fadmin');
  await page.getByLabel('User name').fill(ADMIN);
  await page.getByLabel('Password').fill(process.env.LANTERN_E2E_ADMIN_PASSWORD!);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('admin-users')).toContainText(VIEWER);
  const name = `ui-${suffix}`;
  const create = page.getByTestId('admin-create-user');
  await create.getByLabel('New user name').fill(name);
  await create.getByLabel('New user password').fill(PASSWORD);
  await create.getByLabel('New user role').selectOption('editor');
  await create.getByRole('button', { name: 'Add user' }).click();
  await expect(page.getByTestId(`user-row-${name}`)).toContainText('active');
  await page.getByTestId(`user-row-${name}`).getByLabel(`Role of ${name}`).selectOption('viewer');
  await expect(page.getByTestId(`user-row-${name}`).getByLabel(`Role of ${name}`)).toHaveValue('viewer');

  const rule = page.getByTestId('admin-create-rule');
  await rule.getByLabel('Rule subject name').fill(name);
  await rule.getByLabel('Rule namespaces').fill('shop, payments');
  await rule.getByRole('button', { name: 'Add rule' }).click();
  await expect(page.getByTestId('admin-rules')).toContainText(`user:${name}`);
  await expect(page.getByTestId('admin-rules')).toContainText('payments, shop');

  const other = await playwrightRequest.newContext({ baseURL });
  try {
    expect((await jsonLogin(other, name, PASSWORD)).status()).toBe(200);
    expect(await (await other.get('/api/auth/me')).json()).toMatchObject({ data: { user: name, role: 'viewer', namespaces: ['payments', 'shop'] } });
  } finally {
    await other.dispose();
  }
});
