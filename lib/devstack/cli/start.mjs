// `npm start`: the console on its configured datasources (PROMETHEUS_URL, LOKI_URL, KUBECONFIG), no demo stack.
// Builds first when there is no build or it was made for another LANTERN_BASE_PATH; listens on HOST:PORT
// (127.0.0.1:3000 by default). lib/env.ts checks the rest when the server starts.
import path from 'node:path';
import { ensureBuild, foreground, root } from './setup.mjs';

try {
  ensureBuild();
  const host = process.env.HOST || '127.0.0.1';
  const port = process.env.PORT || '3000';
  foreground([path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-H', host, '-p', port]);
} catch (e) {
  console.error(`[lantern] ${e.message}`);
  process.exit(1);
}
