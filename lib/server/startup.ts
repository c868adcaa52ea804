import 'server-only';
import { getDbHandle } from '../db/client';
import { redact } from '../db/url';
import { env, EnvError } from '../env';
import { logger } from './logger';

/**
 * Work done once at server start: validate the configuration (exit 78 naming the variable) and open the
 * database, which applies pending migrations (exit 1 with the failing migration named).
 */
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
  try {
    const { provider, migration } = await getDbHandle(e.databaseUrl);
    logger().info(
      {
        prometheus: e.prometheus?.url ?? null,
        loki: e.loki?.url ?? null,
        kubernetes: e.kubernetes.kind,
        database: { provider, url: redact(e.databaseUrl), applied: migration?.applied ?? [] },
        basePath: e.basePath,
      },
      'lantern started',
    );
  } catch (err) {
    console.error(`lantern: the database at ${redact(e.databaseUrl)} could not be opened or migrated: ${(err as Error).message}`);
    process.exit(1);
  }
}
