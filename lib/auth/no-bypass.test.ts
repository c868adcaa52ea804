/**
 * Scoping holds only if nothing reaches a datasource around it: the raw clients of lib/server/datasources.ts may be
 * imported by the scoping layer and by the server's own health checks, and by nothing else (a new route or page that
 * imports `prometheus()` directly fails here).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const ALLOWED = new Set(['lib/auth/scoped-datasources.ts', 'lib/server/readiness.ts', 'lib/server/datasources.ts']);

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'generated' || name.startsWith('.')) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) yield* sources(full);
    else if (/\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name)) yield full;
  }
}

const RAW_IMPORT = /import\s*\{([^}]*)\}\s*from\s*'(?:@\/lib\/server|(?:\.\.\/)+server|\.)\/datasources'/g;

describe('no datasource access around namespace scoping', () => {
  it('imports the raw clients only in the scoping layer and the health checks', () => {
    const offenders: string[] = [];
    let scanned = 0;
    for (const dir of ['app', 'lib', 'components']) {
      for (const file of sources(path.join(root, dir))) {
        scanned++;
        const rel = path.relative(root, file).split(path.sep).join('/');
        for (const m of readFileSync(file, 'utf8').matchAll(RAW_IMPORT)) {
          const names = m[1]!.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]);
          if (names.some((n) => n === 'prometheus' || n === 'loki' || n === 'kube') && !ALLOWED.has(rel)) offenders.push(rel);
        }
      }
    }
    expect(scanned).toBeGreaterThan(200);
    expect(offenders).toEqual([]);
  });
});
