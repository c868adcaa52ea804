/** Prisma cannot switch provider at run time, so there are two schemas: their models must not drift apart. */
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMigrations } from './migration-files';

const MARKER = '// --- models (keep identical in both schemas) ---';
const models = (provider: string) => {
  const text = fs.readFileSync(`prisma/${provider}/schema.prisma`, 'utf8');
  expect(text).toContain(MARKER);
  return text.slice(text.indexOf(MARKER));
};

describe('schemas and migrations of both providers', () => {
  it('declare identical models', () => {
    expect(models('postgres')).toBe(models('sqlite'));
  });

  it('have migrations of the same names', () => {
    const names = (provider: string) => readMigrations(`prisma/${provider}/migrations`).map((m) => m.name);
    expect(names('postgres')).toEqual(names('sqlite'));
  });
});
