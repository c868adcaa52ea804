import 'server-only';
import { env, EnvError } from '../env';
import { logger } from './logger';

/** Work done once at server start: validate the configuration (exit 78 naming the variable), migrate the database. */
export async function startup(): Promise<void> {
  let e;
  try {
    e = env();
  } catch (err) {
    if (err instanceof EnvError) {
      console.error(`lantern: ${err.message}`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
  const { migrate } = await import('../db/migrate');
  await migrate(e.databaseUrl);
  logger().info(
    {
      prometheus: e.prometheus?.url ?? null,
      loki: e.loki?.url ?? null,
      kubernetes: e.kubernetes.kind,
      database: e.databaseUrl.startsWith('file:') ? 'sqlite' : 'postgresql',
      basePath: e.basePath,
    },
    'lantern started',
  );
}
