// `npm test`: set up what is missing (npm packages, Debian's prometheus, postgresql and chromium), then run
// the typecheck, unit/integration/contract tests (vitest) and the browser tests (Playwright in Chromium).
// Ends with one line `tests: N passed, N failed` summing both runners.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureBuild, ensureNodeModules, ensureSystemPackages, root, run, say } from './setup.mjs';

const only = process.argv[2]; // optional: "unit" or "e2e"
const reportDir = path.join(root, 'test-results', 'summary');

function counts(file, kind) {
  if (!existsSync(file)) return { passed: 0, failed: 1, note: `${kind}: no report (the runner crashed)` };
  const r = JSON.parse(readFileSync(file, 'utf8'));
  if (kind === 'vitest') return { passed: r.numPassedTests ?? 0, failed: (r.numFailedTests ?? 0) + (r.numFailedTestSuites ?? 0) };
  const s = r.stats ?? {};
  return { passed: (s.expected ?? 0) + (s.flaky ?? 0), failed: s.unexpected ?? 0 };
}

let failedStep = false;
try {
  ensureNodeModules();
  const missing = ensureSystemPackages(['prometheus', 'postgresql', 'chromium', 'fonts-dejavu-core']);
  if (missing.length && process.env.CI) throw new Error(`cannot test without: ${missing.join(' ')}`);
  rmSync(reportDir, { recursive: true, force: true });
  mkdirSync(reportDir, { recursive: true });
  say('typecheck (tsc --noEmit)');
  run(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', root]);
  const results = [];
  if (only !== 'e2e') {
    say('unit, contract and integration tests (vitest)');
    const file = path.join(reportDir, 'vitest.json');
    const code = run(process.execPath, [path.join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], { allowFail: true });
    results.push({ ...counts(file, 'vitest'), code });
  }
  if (only !== 'unit') {
    ensureBuild();
    say('browser tests (Playwright in Chromium)');
    const file = path.join(reportDir, 'playwright.json');
    const code = run(process.execPath, [path.join(root, 'node_modules', '@playwright', 'test', 'cli.js'), 'test'], {
      allowFail: true,
      env: { PLAYWRIGHT_JSON_OUTPUT_NAME: file },
    });
    results.push({ ...counts(file, 'playwright'), code });
  }
  const passed = results.reduce((a, r) => a + r.passed, 0);
  const failed = results.reduce((a, r) => a + r.failed, 0);
  failedStep = results.some((r) => r.code !== 0) || failed > 0 || passed === 0;
  for (const r of results) if (r.note) say(r.note);
  console.log(`tests: ${passed} passed, ${failed} failed`);
} catch (e) {
  console.error(`[lantern] ${e.message}`);
  failedStep = true;
}
process.exit(failedStep ? 1 : 0);
