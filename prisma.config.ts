/**
 * Prisma CLI configuration (generate, migrate dev/deploy/status, db push) without any download:
 * the WebAssembly schema engine bundled in the CLI (`engine: "js"`) talks to the database through a driver adapter.
 *
 * The provider follows DATABASE_URL (default `file:./data/lantern.db`), selecting prisma/<provider>/schema.prisma
 * and prisma/<provider>/migrations. See prisma/README.md.
 */
import { defineConfig } from 'prisma/config';
import { cliAdapter } from './prisma/config/cli-adapters';
import { DEFAULT_DATABASE_URL, providerOf } from './lib/db/url';

const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
const provider = providerOf(databaseUrl);

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: `prisma/${provider}/schema.prisma`,
  migrations: { path: `prisma/${provider}/migrations` },
  adapter: () => cliAdapter(databaseUrl),
});
