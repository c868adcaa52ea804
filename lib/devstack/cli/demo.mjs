// `npm run demo`: set up what is missing, then start the console on the demo stack at http://127.0.0.1:3000.
import path from 'node:path';
import { ensureNodeModules, ensureSystemPackages, foreground, root, say } from './setup.mjs';

try {
  const started = Date.now();
  ensureNodeModules();
  if (!process.env.PROMETHEUS_URL && ensureSystemPackages(['prometheus']).length) {
    say('the console will start without metrics (set PROMETHEUS_URL or install prometheus)');
  }
  say(`set up in ${Math.round((Date.now() - started) / 1000)} s; starting the demo stack and building the console`);
  // run.ts builds the console (when needed) while the demo stack starts.
  foreground(['--import', 'tsx', path.join(root, 'lib', 'devstack', 'run.ts'), '--build', ...process.argv.slice(2)]);
} catch (e) {
  console.error(`[lantern] ${e.message}`);
  process.exit(1);
}
