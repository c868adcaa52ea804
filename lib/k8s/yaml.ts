import 'server-only';
import { dumpYaml } from '@kubernetes/client-node';

/** An object as YAML the way kubectl prints it (no anchors, long lines kept). */
export const toYaml = (o: unknown): string => dumpYaml(o, { noRefs: true, lineWidth: 160 });
