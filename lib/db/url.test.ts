import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDatabaseUrl, providerOf, redact } from './url';

describe('parseDatabaseUrl', () => {
  it('reads SQLite URLs and paths relative to the cwd', () => {
    expect(parseDatabaseUrl('file:./data/lantern.db', '/srv/app')).toEqual({ provider: 'sqlite', file: '/srv/app/data/lantern.db' });
    expect(parseDatabaseUrl('file:/var/lib/lantern.db')).toEqual({ provider: 'sqlite', file: '/var/lib/lantern.db' });
    expect(parseDatabaseUrl('file:///var/lib/lantern.db')).toEqual({ provider: 'sqlite', file: '/var/lib/lantern.db' });
    expect(parseDatabaseUrl('data/x.db?connection_limit=1', '/srv')).toEqual({ provider: 'sqlite', file: path.join('/srv', 'data/x.db') });
    expect(parseDatabaseUrl('file::memory:')).toEqual({ provider: 'sqlite', file: ':memory:' });
  });

  it('reads PostgreSQL URLs into discrete fields', () => {
    const target = parseDatabaseUrl('postgresql://us%40er:p%3Ass@db.example:6543/lantern?sslmode=require&schema=obs');
    expect(target).toMatchObject({
      provider: 'postgres',
      config: { host: 'db.example', port: 6543, user: 'us@er', password: 'p:ss', database: 'lantern', schema: 'obs', ssl: { rejectUnauthorized: false } },
    });
    expect(providerOf('postgres://x@h/db')).toBe('postgres');
  });

  it('refuses other schemes and hides passwords', () => {
    expect(() => parseDatabaseUrl('mysql://root:secret@h/db')).toThrow(/root:\*\*\*@/);
    expect(redact('postgresql://u:secret@h:5432/db')).toBe('postgresql://u:***@h:5432/db');
  });
});
