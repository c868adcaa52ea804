/** zod schemas of the /api/k8s routes' parameters. Pure; names and selectors are checked before they reach the API. */
import { z } from 'zod';

/** DNS-1123 subdomain (pods, nodes, workloads) — refuses slashes, `..` and anything else a path could carry. */
export const objectName = z
  .string()
  .max(253)
  .regex(/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/, 'expected a Kubernetes object name (lowercase letters, digits, "-" and ".")');

/** DNS-1123 label (namespaces). */
export const namespaceName = z
  .string()
  .max(63)
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'expected a namespace name (lowercase letters, digits and "-")');

const selector = z.string().max(4096).optional();

export const listParams = z.object({
  namespace: namespaceName.optional(),
  labelSelector: selector,
  fieldSelector: selector,
  limit: z.coerce.number().int().min(1).max(5000).optional(),
  continue: z.string().max(4096).optional(),
});

export const watchParams = z.object({
  namespace: namespaceName.optional(),
  labelSelector: selector,
  fieldSelector: selector,
  resourceVersion: z.string().max(64).regex(/^\d*$/, 'expected a resourceVersion').optional(),
});

export const WORKLOAD_KINDS = ['Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'ReplicaSet'] as const;
export const workloadKind = z.enum(WORKLOAD_KINDS);

const flag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

export const logParams = z.object({
  container: objectName.optional(),
  previous: flag,
  /** Epoch ms: lines from here on (sinceTime). */
  start: z.coerce.number().int().min(0).optional(),
  /** Epoch ms: lines after this are dropped (the API has no "until"). */
  end: z.coerce.number().int().min(0).optional(),
  sinceSeconds: z.coerce.number().int().min(1).max(30 * 86400).optional(),
  tailLines: z.coerce.number().int().min(1).max(5000).optional(),
  follow: flag,
});
