import { spawn } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';

/** Start the built console with the given environment and collect how it ends. */
function startConsole(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-H', '127.0.0.1', '-p', '0'], {
      // Only what the test sets: nothing from the harness's own environment leaks into the console.
      env: { PATH: process.env.PATH ?? '', NEXT_TELEMETRY_DISABLED: '1', ...env } as unknown as NodeJS.ProcessEnv,
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

test.describe('Start-up configuration', () => {
  for (const [name, value, expected] of [
    ['PROMETHEUS_URL', 'prometheus:9090', 'PROMETHEUS_URL: expected an http(s) URL'],
    ['LOKI_HEADERS', 'X-Scope-OrgID=a', 'LOKI_HEADERS: expected a JSON object'],
    ['DATABASE_URL', 'mysql://db/lantern', 'DATABASE_URL: expected file:'],
    ['KUBECONFIG', '/nonexistent/kubeconfig', 'KUBECONFIG: expected the path of a readable file'],
  ] as const) {
    test(`a bad ${name} stops start-up and names the variable`, async () => {
      const { code, output } = await startConsole({ [name]: value });
      expect(code).toBe(78);
      expect(output).toContain(expected);
    });
  }
});
