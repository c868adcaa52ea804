import 'server-only';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { parseCidr, type Cidr } from './auth/cidr';
import { namespaceName } from './k8s/params';
import type { Role } from './auth/principal';

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
      const m = /^(\d+)(ms|s|m|h|d)$/.exec(v);
      if (!m || Number(m[1]) === 0) {
        ctx.addIssue({ code: 'custom', message: `${name}: expected a duration such as 30s, 500ms, 2m, 12h or 7d, got "${v}"` });
        return z.NEVER;
      }
      return Number(m[1]) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'ms' | 's' | 'm' | 'h' | 'd'];
    });

/** A comma-separated list of names (groups, namespaces); blanks dropped. */
const list = (name: string, valid: (item: string) => boolean, example: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const items = (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      const bad = items.find((s) => !valid(s));
      if (bad !== undefined) {
        ctx.addIssue({ code: 'custom', message: `${name}: expected a comma-separated list such as ${example}, got "${bad}"` });
        return z.NEVER;
      }
      return items;
    });

/** Comma-separated IPv4/IPv6 addresses or CIDR blocks (`10.0.0.0/8, ::1`). */
const cidrs = (name: string) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      const items = (v ?? '').split(',').map((s) => s.trim()).filter(Boolean);
      const parsed: Cidr[] = [];
      for (const item of items) {
        const c = parseCidr(item);
        if (!c) {
          ctx.addIssue({ code: 'custom', message: `${name}: expected comma-separated addresses or CIDR blocks such as 10.0.0.0/8,127.0.0.1, got "${item}"` });
          return z.NEVER;
        }
        parsed.push(c);
      }
      return parsed;
    });

const isNamespace = (s: string) => namespaceName.safeParse(s).success;
const isGroup = (s: string) => s.length <= 256;

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
  LANTERN_AUTH: z
    .enum(['builtin', 'proxy', 'anonymous'], { error: (i) => `LANTERN_AUTH: expected builtin, proxy or anonymous, got "${String(i.input)}"` })
    .default('builtin'),
  LANTERN_ANONYMOUS_ROLE: z
    .enum(['viewer', 'editor', 'admin'], { error: (i) => `LANTERN_ANONYMOUS_ROLE: expected viewer, editor or admin, got "${String(i.input)}"` })
    .default('viewer'),
  LANTERN_ANONYMOUS_NAMESPACES: list('LANTERN_ANONYMOUS_NAMESPACES', isNamespace, 'team-a,team-b'),
  LANTERN_ADMIN_USER: z
    .string()
    .optional()
    .refine((v) => v === undefined || v === '' || USER_NAME.test(v), {
      message: 'LANTERN_ADMIN_USER: expected a user name of 1-64 letters, digits, and . _ @ -',
    }),
  LANTERN_ADMIN_PASSWORD: z.string().optional(),
  LANTERN_ADMIN_PASSWORD_FILE: filePath('LANTERN_ADMIN_PASSWORD_FILE'),
  LANTERN_SESSION_IDLE: duration('LANTERN_SESSION_IDLE', 12 * 3_600_000),
  LANTERN_SESSION_MAX: duration('LANTERN_SESSION_MAX', 7 * 86_400_000),
  LANTERN_AUTH_PROXY_CIDRS: cidrs('LANTERN_AUTH_PROXY_CIDRS'),
  LANTERN_AUTH_PROXY_ADMIN_GROUPS: list('LANTERN_AUTH_PROXY_ADMIN_GROUPS', isGroup, 'lantern-admins,sre'),
  LANTERN_AUTH_PROXY_EDITOR_GROUPS: list('LANTERN_AUTH_PROXY_EDITOR_GROUPS', isGroup, 'developers'),
  LANTERN_TRUSTED_PROXY_CIDRS: cidrs('LANTERN_TRUSTED_PROXY_CIDRS'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: () => 'LOG_LEVEL: expected one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
});

/** Built-in user names: what the admin API accepts and what `LANTERN_ADMIN_USER` must be. */
export const USER_NAME = /^[A-Za-z0-9._@-]{1,64}$/;
/** Shortest password the admin API and `LANTERN_ADMIN_PASSWORD(_FILE)` accept. */
export const MIN_PASSWORD = 12;

export type AuthConfig =
  | { mode: 'builtin' }
  | { mode: 'proxy'; proxyCidrs: Cidr[]; adminGroups: string[]; editorGroups: string[] }
  | { mode: 'anonymous'; role: Role; namespaces: string[] | null };

export interface Env {
  auth: AuthConfig;
  /** First admin created at start-up when the database has none (builtin mode). */
  initialAdmin: { name: string; password: string } | null;
  sessionIdleMs: number;
  sessionMaxMs: number;
  /** Peers whose X-Forwarded-For / X-Forwarded-Proto are believed (the proxy CIDRs count too). */
  trustedProxies: Cidr[];
  prometheus: DatasourceConfig | null;
  loki: DatasourceConfig | null;
  kubernetes: KubeConfigSource;
  databaseUrl: string;
  basePath: string;
  port: number;
  host: string;
  logLevel: string;
}

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
    ...authFrom(d),
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

type Parsed = z.output<typeof schema>;

/** The auth part of the configuration: the checks that span several variables. */
function authFrom(d: Parsed): Pick<Env, 'auth' | 'initialAdmin' | 'sessionIdleMs' | 'sessionMaxMs' | 'trustedProxies'> {
  const problems: string[] = [];
  let auth: AuthConfig;
  if (d.LANTERN_AUTH === 'proxy') {
    if (d.LANTERN_AUTH_PROXY_CIDRS.length === 0) {
      problems.push('LANTERN_AUTH_PROXY_CIDRS: required with LANTERN_AUTH=proxy: the addresses of the proxy that sets X-Forwarded-User, such as 10.0.0.0/8');
    }
    auth = { mode: 'proxy', proxyCidrs: d.LANTERN_AUTH_PROXY_CIDRS, adminGroups: d.LANTERN_AUTH_PROXY_ADMIN_GROUPS, editorGroups: d.LANTERN_AUTH_PROXY_EDITOR_GROUPS };
  } else if (d.LANTERN_AUTH === 'anonymous') {
    const ns = d.LANTERN_ANONYMOUS_NAMESPACES;
    auth = { mode: 'anonymous', role: d.LANTERN_ANONYMOUS_ROLE, namespaces: ns.length ? ns : null };
  } else {
    auth = { mode: 'builtin' };
  }
  let initialAdmin: Env['initialAdmin'] = null;
  const name = d.LANTERN_ADMIN_USER || undefined;
  if (d.LANTERN_ADMIN_PASSWORD && d.LANTERN_ADMIN_PASSWORD_FILE) {
    problems.push('LANTERN_ADMIN_PASSWORD_FILE: set either LANTERN_ADMIN_PASSWORD or LANTERN_ADMIN_PASSWORD_FILE, not both');
  } else {
    const password = d.LANTERN_ADMIN_PASSWORD_FILE
      ? readFileSync(d.LANTERN_ADMIN_PASSWORD_FILE, 'utf8').replace(/\r?\n$/, '')
      : d.LANTERN_ADMIN_PASSWORD || undefined;
    const from = d.LANTERN_ADMIN_PASSWORD_FILE ? 'LANTERN_ADMIN_PASSWORD_FILE' : 'LANTERN_ADMIN_PASSWORD';
    if (name && password === undefined) problems.push('LANTERN_ADMIN_PASSWORD: required with LANTERN_ADMIN_USER (or LANTERN_ADMIN_PASSWORD_FILE, the path of a mounted Secret)');
    else if (!name && password !== undefined) problems.push(`LANTERN_ADMIN_USER: required with ${from}: the first admin's user name`);
    else if (name && password !== undefined) {
      if (password.length < MIN_PASSWORD) problems.push(`${from}: expected a password of at least ${MIN_PASSWORD} characters`);
      else initialAdmin = { name, password };
    }
  }
  if (d.LANTERN_SESSION_MAX < d.LANTERN_SESSION_IDLE) problems.push('LANTERN_SESSION_MAX: expected a duration at least as long as LANTERN_SESSION_IDLE');
  if (problems.length) throw new EnvError(problems);
  return {
    auth,
    initialAdmin,
    sessionIdleMs: d.LANTERN_SESSION_IDLE,
    sessionMaxMs: d.LANTERN_SESSION_MAX,
    trustedProxies: [...d.LANTERN_TRUSTED_PROXY_CIDRS, ...d.LANTERN_AUTH_PROXY_CIDRS],
  };
}

let cached: Env | undefined;

/** The process's configuration, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
