/**
 * Which environment variables the console reads, taken from lib/env.ts itself rather than a copied list: parse
 * an empty environment through a proxy and record every name the schema asks for.
 */
import { parseEnv } from '../env';

/** Variables read by Next's standalone server.js, not by lib/env.ts. */
export const NEXT_SERVER_VARIABLES: Readonly<Record<string, string>> = {
  HOSTNAME: 'the address server.js listens on (Kubernetes sets it to the pod name unless the Deployment overrides it)',
};

export function variablesReadByEnv(): Set<string> {
  const read = new Set<string>();
  const source = new Proxy({} as Record<string, string | undefined>, {
    get(target, name) {
      if (typeof name === 'string') read.add(name);
      return undefined;
    },
  });
  parseEnv(source);
  return read;
}
