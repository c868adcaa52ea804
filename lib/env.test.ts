import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, parseEnv } from './env';

const problems = (src: Record<string, string>) => {
  try {
    parseEnv(src);
  } catch (e) {
    if (e instanceof EnvError) return e.problems;
    throw e;
  }
  return [];
};

describe('parseEnv', () => {
  it('gives defaults for an empty environment', () => {
    const e = parseEnv({});
    expect(e).toMatchObject({ prometheus: null, loki: null, kubernetes: { kind: 'none' }, databaseUrl: 'file:./data/lantern.db', basePath: '', port: 3000, host: '127.0.0.1' });
  });

  it('reads datasource auth, headers and tenant', () => {
    const e = parseEnv({
      PROMETHEUS_URL: 'https://prom.example:9090/',
      PROMETHEUS_BEARER_TOKEN: 't0k',
      LOKI_URL: 'http://loki:3100',
      LOKI_BASIC_AUTH: 'user:pa:ss',
      LOKI_HEADERS: '{"X-Extra":"1"}',
      LOKI_TENANT_ID: 'team-a',
      LOKI_TIMEOUT: '5s',
    });
    expect(e.prometheus).toMatchObject({ url: 'https://prom.example:9090', bearerToken: 't0k', timeoutMs: 30_000 });
    expect(e.loki).toMatchObject({ basicAuth: { username: 'user', password: 'pa:ss' }, headers: { 'X-Extra': '1', 'X-Scope-OrgID': 'team-a' }, timeoutMs: 5000 });
  });

  it.each([
    ['PROMETHEUS_URL', 'prometheus:9090'],
    ['LOKI_URL', 'ftp://loki'],
    ['LOKI_HEADERS', 'X-Scope-OrgID=a'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['LANTERN_BASE_PATH', 'lantern/'],
    ['KUBECONFIG', '/nonexistent/kubeconfig'],
    ['PROMETHEUS_TLS_SKIP_VERIFY', 'maybe'],
    ['LOKI_TIMEOUT', '10'],
    ['LOG_LEVEL', 'loud'],
    ['LANTERN_AUTH', 'none'],
    ['LANTERN_ANONYMOUS_ROLE', 'root'],
    ['LANTERN_ANONYMOUS_NAMESPACES', 'Team_A'],
    ['LANTERN_ADMIN_USER', 'bad name'],
    ['LANTERN_ADMIN_PASSWORD_FILE', '/nonexistent/secret'],
    ['LANTERN_SESSION_IDLE', '0s'],
    ['LANTERN_AUTH_PROXY_CIDRS', '10.0.0.0/33'],
    ['LANTERN_TRUSTED_PROXY_CIDRS', 'proxy.local'],
  ])('names %s when its value %j is bad', (name, value) => {
    const p = problems({ [name]: value });
    expect(p).toHaveLength(1);
    expect(p[0].startsWith(`${name}: expected`)).toBe(true);
  });

  it('defaults to built-in authentication with no first admin', () => {
    expect(parseEnv({})).toMatchObject({ auth: { mode: 'builtin' }, initialAdmin: null, sessionIdleMs: 12 * 3_600_000, sessionMaxMs: 7 * 86_400_000, trustedProxies: [] });
  });

  it('reads the first admin from a password or a mounted secret file, but not both', () => {
    expect(parseEnv({ LANTERN_ADMIN_USER: 'root', LANTERN_ADMIN_PASSWORD: 'twelve chars' }).initialAdmin).toEqual({ name: 'root', password: 'twelve chars' });
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-env-')), 'password');
    fs.writeFileSync(file, 'from a kubernetes secret\n');
    expect(parseEnv({ LANTERN_ADMIN_USER: 'root', LANTERN_ADMIN_PASSWORD_FILE: file }).initialAdmin?.password).toBe('from a kubernetes secret');
    expect(problems({ LANTERN_ADMIN_USER: 'root', LANTERN_ADMIN_PASSWORD: 'twelve chars', LANTERN_ADMIN_PASSWORD_FILE: file })[0]).toMatch(/^LANTERN_ADMIN_PASSWORD_FILE: set either/);
    expect(problems({ LANTERN_ADMIN_USER: 'root' })[0]).toMatch(/^LANTERN_ADMIN_PASSWORD: required/);
    expect(problems({ LANTERN_ADMIN_PASSWORD: 'twelve chars' })[0]).toMatch(/^LANTERN_ADMIN_USER: required/);
    expect(problems({ LANTERN_ADMIN_USER: 'root', LANTERN_ADMIN_PASSWORD: 'short' })[0]).toMatch(/^LANTERN_ADMIN_PASSWORD: expected a password of at least 12/);
  });

  it('needs proxy addresses for proxy mode and maps groups to roles', () => {
    expect(problems({ LANTERN_AUTH: 'proxy' })[0]).toMatch(/^LANTERN_AUTH_PROXY_CIDRS: required with LANTERN_AUTH=proxy/);
    const e = parseEnv({ LANTERN_AUTH: 'proxy', LANTERN_AUTH_PROXY_CIDRS: '10.0.0.0/8, ::1', LANTERN_AUTH_PROXY_ADMIN_GROUPS: 'sre, ops', LANTERN_AUTH_PROXY_EDITOR_GROUPS: 'dev' });
    expect(e.auth).toMatchObject({ mode: 'proxy', adminGroups: ['sre', 'ops'], editorGroups: ['dev'] });
    expect(e.trustedProxies.map((c) => c.text)).toEqual(['10.0.0.0/8', '::1']);
  });

  it('makes anonymous access explicit: viewer of every namespace unless configured', () => {
    expect(parseEnv({ LANTERN_AUTH: 'anonymous' }).auth).toEqual({ mode: 'anonymous', role: 'viewer', namespaces: null });
    expect(parseEnv({ LANTERN_AUTH: 'anonymous', LANTERN_ANONYMOUS_ROLE: 'editor', LANTERN_ANONYMOUS_NAMESPACES: 'shop, team-a' }).auth).toEqual({
      mode: 'anonymous',
      role: 'editor',
      namespaces: ['shop', 'team-a'],
    });
  });

  it('reads session lifetimes in hours and days, the maximum no shorter than the idle time', () => {
    expect(parseEnv({ LANTERN_SESSION_IDLE: '30m', LANTERN_SESSION_MAX: '1d' })).toMatchObject({ sessionIdleMs: 1_800_000, sessionMaxMs: 86_400_000 });
    expect(problems({ LANTERN_SESSION_IDLE: '2d', LANTERN_SESSION_MAX: '1d' })[0]).toMatch(/^LANTERN_SESSION_MAX: expected/);
  });

  it('reports every bad variable at once', () => {
    expect(problems({ PORT: 'x', PROMETHEUS_URL: 'nope' })).toHaveLength(2);
  });
});
