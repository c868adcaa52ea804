/** A kubeconfig for the demo API server. client-node refuses plain http unless the cluster skips TLS verification. */
import { writeFile } from 'node:fs/promises';

export function kubeconfigYaml(url: string, token = 'lantern-demo-token'): string {
  return [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    '- name: lantern-demo',
    '  cluster:',
    `    server: ${JSON.stringify(url)}`,
    '    insecure-skip-tls-verify: true',
    'users:',
    '- name: lantern',
    '  user:',
    `    token: ${JSON.stringify(token)}`,
    'contexts:',
    '- name: lantern-demo',
    '  context:',
    '    cluster: lantern-demo',
    '    user: lantern',
    'current-context: lantern-demo',
    '',
  ].join('\n');
}

export async function writeKubeconfig(url: string, path: string): Promise<void> {
  await writeFile(path, kubeconfigYaml(url), { mode: 0o600 });
}
