// `npm start`: the console on its configured datasources (PROMETHEUS_URL, LOKI_URL, KUBECONFIG), no demo stack.
// Builds first when there is no build or it was made for another LANTERN_BASE_PATH; listens on HOST:PORT
// (127.0.0.1:3000 by default). lib/env.ts checks the rest when the server starts.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { ensureBuild, quietEnv, root } from './setup.mjs';

try {
  ensureBuild();
  const host = process.env.HOST || '127.0.0.1';
  const port = process.env.PORT || '3000';
  const child = spawn(process.execPath, [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-H', host, '-p', port], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...quietEnv },
  });
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
  child.on('exit', (code) => process.exit(code ?? 1));
} catch (e) {
  console.error(`[lantern] ${e.message}`);
  process.exit(1);
}
