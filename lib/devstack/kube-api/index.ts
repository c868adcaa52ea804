export { startKubeApiServer, type KubeApiServer, type KubeApiServerOptions } from './server';
export { writeKubeconfig, kubeconfigYaml } from './kubeconfig';
export type { ForbidRequest } from './status';
