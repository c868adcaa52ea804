import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, getDb, getDbHandle } from './client';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lantern-client-test-'));
afterAll(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('getDb', () => {
  it('creates the SQLite directory, migrates once, and shares one client per URL', async () => {
    const url = `file:${path.join(dir, 'nested', 'data', 'lantern.db')}`;
    const [a, b] = await Promise.all([getDb(url), getDb(url)]);
    expect(a).toBe(b);
    expect((await getDbHandle(url)).migration?.applied.length).toBeGreaterThan(0);
    expect(await a.dashboard.count()).toBe(0);
    expect((globalThis as { __lanternDb?: Map<string, unknown> }).__lanternDb?.has(url)).toBe(true);
    await closeDb(url);
    const c = await getDb(url);
    expect(c).not.toBe(a);
    expect((await getDbHandle(url)).migration).toMatchObject({ applied: [] });
  });

  it('does not cache a failed start', async () => {
    const url = 'postgresql://nobody:x@127.0.0.1:1/none';
    await expect(getDb(url)).rejects.toThrow(/127\.0\.0\.1|ECONNREFUSED|connect/);
    expect((globalThis as { __lanternDb?: Map<string, unknown> }).__lanternDb?.has(url)).toBe(false);
  });
});
