/**
 * Test support for the /api/dashboards and /api/query-history handlers: a throwaway SQLite database and
 * requests built the way Next hands them to a route. Imported by tests only.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { NextRequest } from 'next/server';

export const ORIGIN = 'http://lantern.test';

/**
 * Points DATABASE_URL at a new SQLite file. Call before anything reads the environment (import the routes
 * with `await import()` afterwards). @returns a cleanup that closes the client and removes the file.
 */
export function useTempDatabase(): () => Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-api-test-'));
  const url = `file:${path.join(dir, 't.db')}`;
  process.env.DATABASE_URL = url;
  process.env.LOG_LEVEL = 'silent';
  anonymousEditor();
  return async () => {
    const { getDb } = await import('@/lib/db/client');
    await (await getDb(url)).$disconnect();
    fs.rmSync(dir, { recursive: true, force: true });
  };
}

/**
 * These tests call handlers for what they do, not for who may call them (lib/api/route.test.ts and the e2e auth
 * specs cover that): every request is an anonymous editor of every namespace. Call before the environment is read.
 * Where the caller decides what is seen (each user's query history), a test mocks `resolvePrincipal` instead.
 */
export function anonymousEditor(): void {
  process.env.LANTERN_AUTH = 'anonymous';
  process.env.LANTERN_ANONYMOUS_ROLE = 'editor';
}

export interface RequestOptions {
  /** JSON-encoded unless a string. */
  body?: unknown;
  /** The `Origin` header: this site's by default for writes, `null` to send none. */
  origin?: string | null;
  headers?: Record<string, string>;
}

export function request(method: string, pathAndQuery: string, options: RequestOptions = {}): NextRequest {
  const headers = new Headers(options.headers);
  const origin = options.origin === undefined ? (method === 'GET' ? null : ORIGIN) : options.origin;
  if (origin !== null) headers.set('origin', origin);
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers.set('content-type', 'application/json');
  }
  return new NextRequest(`${ORIGIN}${pathAndQuery}`, { method, headers, body });
}

export const ctx = <P extends Record<string, string>>(params: P) => ({ params: Promise.resolve(params) });

/** The handler's status and parsed JSON body (null when empty). */
export async function call(res: Promise<Response> | Response): Promise<{ status: number; body: any; headers: Headers }> {
  const r = await res;
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : null, headers: r.headers };
}
