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
  ])('names %s when its value %j is bad', (name, value) => {
    const p = problems({ [name]: value });
    expect(p).toHaveLength(1);
    expect(p[0].startsWith(`${name}: expected`)).toBe(true);
  });

  it('reports every bad variable at once', () => {
    expect(problems({ PORT: 'x', PROMETHEUS_URL: 'nope' })).toHaveLength(2);
  });
});
