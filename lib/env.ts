import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. Parsed once; a bad value stops start-up with the variable's name and
 * the expected form (see instrumentation.ts), so an operator never debugs a half-configured console.
 */

const SERVICE_ACCOUNT_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

const bool = (name: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return false;
      if (/^(1|true|yes|on)$/i.test(v)) return true;
      if (/^(0|false|no|off)$/i.test(v)) return false;
      ctx.addIssue({ code: 'custom', message: `${name}: expected true or false, got "${v}"` });
      return z.NEVER;
    });

const httpUrl = (name: string, example: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      try {
        const u = new URL(v);
        if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
        if (u.search || u.hash) throw new Error('query');
        return u.toString().replace(/\/+$/, '');
      } catch {
        ctx.addIssue({ code: 'custom', message: `${name}: expected an http(s) URL without query string such as ${example}, got "${v}"` });
        return z.NEVER;
      }
    });

const filePath = (name: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      if (!existsSync(v)) {
        ctx.addIssue({ code: 'custom', message: `${name}: expected the path of a readable file, but "${v}" does not exist` });
        return z.NEVER;
      }
      return v;
    });

const headers = (name: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return {} as Record<string, string>;
      try {
        const parsed: unknown = JSON.parse(v);
        const r = z.record(z.string().regex(/^[A-Za-z0-9-]+$/), z.string()).parse(parsed);
        return r;
      } catch {
        ctx.addIssue({ code: 'custom', message: `${name}: expected a JSON object of header names to string values such as {"X-Scope-OrgID":"tenant-a"}, got "${v}"` });
        return z.NEVER;
      }
    });

const basicAuth = (name: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return undefined;
      const i = v.indexOf(':');
      if (i <= 0) {
        ctx.addIssue({ code: 'custom', message: `${name}: expected user:password` });
        return z.NEVER;
      }
      return { username: v.slice(0, i), password: v.slice(i + 1) };
    });

const duration = (name: string, fallbackMs: number) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined || v === '') return fallbackMs;
      const m = /^(\d+)(ms|s|m)$/.exec(v);
      if (!m) {
        ctx.addIssue({ code: 'custom', message: `${name}: expected a duration such as 30s, 500ms or 2m, got "${v}"` });
        return z.NEVER;
      }
      return Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 's' ? 1000 : 60_000);
    });

function datasource(prefix: 'PROMETHEUS' | 'LOKI', example: string) {
  return {
    [`${prefix}_URL`]: httpUrl(`${prefix}_URL`, example),
    [`${prefix}_BEARER_TOKEN`]: z.string().optional(),
    [`${prefix}_BASIC_AUTH`]: basicAuth(`${prefix}_BASIC_AUTH`),
    [`${prefix}_HEADERS`]: headers(`${prefix}_HEADERS`),
    [`${prefix}_CA_FILE`]: filePath(`${prefix}_CA_FILE`),
    [`${prefix}_TLS_SKIP_VERIFY`]: bool(`${prefix}_TLS_SKIP_VERIFY`),
    [`${prefix}_TIMEOUT`]: duration(`${prefix}_TIMEOUT`, 30_000),
  } as const;
}

const schema = z.object({
  ...datasource('PROMETHEUS', 'http://prometheus.monitoring.svc:9090'),
  ...datasource('LOKI', 'http://loki.monitoring.svc:3100'),
  LOKI_TENANT_ID: z.string().optional(),
  KUBECONFIG: filePath('KUBECONFIG'),
  KUBERNETES_SERVICE_HOST: z.string().optional(),
  LANTERN_KUBERNETES: z
    .enum(['auto', 'off'], { error: (i) => `LANTERN_KUBERNETES: expected auto or off, got "${String(i.input)}"` })
    .default('auto'),
  DATABASE_URL: z
    .string()
    .default('file:./data/lantern.db')
    .refine((v) => /^(file:|postgres(ql)?:\/\/)/.test(v), {
      message: 'DATABASE_URL: expected file:./path/to/lantern.db (SQLite) or postgres://user:password@host:5432/db',
    }),
  LANTERN_BASE_PATH: z
    .string()
    .default('')
    .refine((v) => v === '' || /^(\/[A-Za-z0-9._~-]+)+$/.test(v), {
      message: 'LANTERN_BASE_PATH: expected empty or a path such as /lantern (leading slash, no trailing slash)',
    }),
  PORT: z
    .string()
    .default('3000')
    .refine((v) => /^\d+$/.test(v) && Number(v) > 0 && Number(v) < 65536, { message: 'PORT: expected a TCP port between 1 and 65535' })
    .transform(Number),
  HOST: z
    .string()
    .default('127.0.0.1')
    .refine((v) => /^[A-Za-z0-9.:-]+$/.test(v), { message: 'HOST: expected an address to listen on such as 127.0.0.1 or 0.0.0.0' }),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: () => 'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
});

export interface DatasourceConfig {
  url: string;
  bearerToken?: string;
  basicAuth?: { username: string; password: string };
  headers: Record<string, string>;
  ca?: string;
  insecureSkipVerify: boolean;
  timeoutMs: number;
}

export type KubeConfigSource = { kind: 'kubeconfig'; path: string } | { kind: 'in-cluster' } | { kind: 'none' };

export interface Env {
  prometheus: DatasourceConfig | null;
  loki: DatasourceConfig | null;
  kubernetes: KubeConfigSource;
  databaseUrl: string;
  basePath: string;
  port: number;
  host: string;
  logLevel: string;
}

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'EnvError';
  }
}

/** Parse an environment (process.env by default). Throws EnvError naming every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = schema.safeParse(source);
  if (!result.success) {
    throw new EnvError(result.error.issues.map((i) => (i.message.includes(':') ? i.message : `${i.path.join('.')}: ${i.message}`)));
  }
  const e = result.data as Record<string, unknown>;
  const ds = (prefix: 'PROMETHEUS' | 'LOKI'): DatasourceConfig | null => {
    const url = e[`${prefix}_URL`] as string | undefined;
    if (!url) return null;
    const caFile = e[`${prefix}_CA_FILE`] as string | undefined;
    const extra = { ...(e[`${prefix}_HEADERS`] as Record<string, string>) };
    if (prefix === 'LOKI' && e.LOKI_TENANT_ID) extra['X-Scope-OrgID'] = e.LOKI_TENANT_ID as string;
    return {
      url,
      bearerToken: (e[`${prefix}_BEARER_TOKEN`] as string | undefined) || undefined,
      basicAuth: e[`${prefix}_BASIC_AUTH`] as DatasourceConfig['basicAuth'],
      headers: extra,
      ca: caFile ? readFileSync(caFile, 'utf8') : undefined,
      insecureSkipVerify: e[`${prefix}_TLS_SKIP_VERIFY`] as boolean,
      timeoutMs: e[`${prefix}_TIMEOUT`] as number,
    };
  };
  const d = result.data;
  let kubernetes: KubeConfigSource = { kind: 'none' };
  if (d.LANTERN_KUBERNETES !== 'off') {
    if (d.KUBECONFIG) kubernetes = { kind: 'kubeconfig', path: path.resolve(d.KUBECONFIG) };
    else if (d.KUBERNETES_SERVICE_HOST && existsSync(`${SERVICE_ACCOUNT_DIR}/token`)) kubernetes = { kind: 'in-cluster' };
  }
  return {
    prometheus: ds('PROMETHEUS'),
    loki: ds('LOKI'),
    kubernetes,
    databaseUrl: d.DATABASE_URL,
    basePath: d.LANTERN_BASE_PATH,
    port: d.PORT,
    host: d.HOST,
    logLevel: d.LOG_LEVEL,
  };
}

let cached: Env | undefined;

/** The process's configuration, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
