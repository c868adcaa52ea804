import 'server-only';
import { getDbHandle } from '../db/client';
import { redact } from '../db/url';
import { installPeerHeaders } from '../auth/peer';
import { createUserRepository } from '../auth/users';
import { env, EnvError } from '../env';
import { logger } from './logger';

/**
 * Work done once at server start: stamp requests with their TCP peer (lib/auth/peer.ts), validate the
 * configuration (exit 78 naming the variable), open the database, which applies pending migrations (exit 1 with
 * the failing migration named), and create the first admin from LANTERN_ADMIN_* when there is none.
 */
export async function startup(): Promise<void> {
  installPeerHeaders();
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
    const { provider, migration, db } = await getDbHandle(e.databaseUrl);
    if (e.auth.mode === 'builtin') {
      const users = createUserRepository(db);
      if (e.initialAdmin && (await users.ensureFirstAdmin(e.initialAdmin))) logger().info({ user: e.initialAdmin.name }, 'created the first admin from LANTERN_ADMIN_USER');
      else if ((await users.countAdmins()) === 0) logger().warn('no enabled admin: set LANTERN_ADMIN_USER and LANTERN_ADMIN_PASSWORD (or _FILE) to create one');
    } else if (e.auth.mode === 'anonymous') {
      logger().warn({ role: e.auth.role, namespaces: e.auth.namespaces ?? 'all' }, 'LANTERN_AUTH=anonymous: anyone who reaches this port uses the console without signing in');
    }
    logger().info(
      {
        prometheus: e.prometheus?.url ?? null,
        loki: e.loki?.url ?? null,
        kubernetes: e.kubernetes.kind,
        database: { provider, url: redact(e.databaseUrl), applied: migration?.applied ?? [] },
        basePath: e.basePath,
        auth: e.auth.mode,
      },
      'lantern started',
    );
  } catch (err) {
    console.error(`lantern: the database at ${redact(e.databaseUrl)} could not be opened or migrated: ${(err as Error).message}`);
    process.exit(1);
  }
}
