// npm postinstall: generate both Prisma clients (SQLite and PostgreSQL) and record which lockfile was
// installed, so `npm run demo` / `npm test` do not run `npm ci` again.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { root, run } from './setup.mjs';

const prisma = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');
for (const provider of ['sqlite', 'postgres']) {
  const schema = path.join('prisma', provider, 'schema.prisma');
  if (existsSync(path.join(root, schema))) run(process.execPath, [prisma, 'generate', '--schema', schema]);
}
const lock = path.join(root, 'package-lock.json');
if (existsSync(lock) && existsSync(path.join(root, 'node_modules'))) {
  writeFileSync(path.join(root, 'node_modules', '.lantern-lock-sha'), createHash('sha256').update(readFileSync(lock)).digest('hex'));
}
