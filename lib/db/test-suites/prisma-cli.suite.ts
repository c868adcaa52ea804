/**
 * Our runner and Prisma's CLI (WebAssembly engine, prisma.config.ts) must agree: `migrate status` accepts what
 * we applied, and we accept what `migrate deploy` applied.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrateDatabase } from '../migrate';
import type { TestTarget } from './target';

const CLI_TIMEOUT = 120_000;

function prisma(args: string[], databaseUrl: string): Promise<{ code: number; output: string }> {
  const cli = path.join(process.cwd(), 'node_modules', 'prisma', 'build', 'index.js');
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [cli, ...args],
      { cwd: process.cwd(), timeout: CLI_TIMEOUT, env: { ...process.env, DATABASE_URL: databaseUrl, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' } },
      (error, stdout, stderr) => resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, output: `${stdout}\n${stderr}` }),
    );
  });
}

export function prismaCliSuite(target: TestTarget): void {
  describe(`Prisma CLI agrees with the runner (${target.provider})`, () => {
    it('`prisma migrate status` reports up to date after our runner', { timeout: CLI_TIMEOUT }, async () => {
      const url = await target.freshUrl();
      await migrateDatabase(url);
      const { code, output } = await prisma(['migrate', 'status'], url);
      expect(output).toContain('Database schema is up to date');
      expect(code).toBe(0);
    });

    it('our runner sees nothing to do after `prisma migrate deploy`', { timeout: CLI_TIMEOUT }, async () => {
      const url = await target.freshUrl();
      const { code, output } = await prisma(['migrate', 'deploy'], url);
      expect(code, output).toBe(0);
      expect(await migrateDatabase(url)).toMatchObject({ applied: [], unknown: [] });
    });
  });
}
