export { startKubeApiServer, type KubeApiServer, type KubeApiServerOptions } from './server';
export { writeKubeconfig, kubeconfigYaml } from './kubeconfig';
export { ruleMatches, type ForbidRequest, type ForbidRule } from './status';
