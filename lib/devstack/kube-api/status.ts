/** metav1.Status bodies exactly as kube-apiserver writes them, so clients map errors the same way against the demo. */

export interface KubeStatus {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure';
  message: string;
  reason: string;
  details?: { name?: string; group?: string; kind?: string };
  code: number;
}

export class StatusError extends Error {
  constructor(readonly body: KubeStatus) {
    super(body.message);
  }
  get code(): number {
    return this.body.code;
  }
}

function status(code: number, reason: string, message: string, details?: KubeStatus['details']): StatusError {
  return new StatusError({ kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code });
}

/** `resource` is the plural name ("pods"); `group` is "" for the core group. */
export const notFound = (resource: string, name: string, group = '') =>
  status(404, 'NotFound', `${group ? `${resource}.${group}` : resource} "${name}" not found`, { name, ...(group ? { group } : {}), kind: resource });

export const pathNotFound = () => status(404, 'NotFound', 'the server could not find the requested resource', {});

export const badRequest = (message: string) => status(400, 'BadRequest', message);

export const methodNotAllowed = () => status(405, 'MethodNotAllowed', 'the server does not allow this method on the requested resource', {});

export const expiredContinue = () =>
  status(
    410,
    'Expired',
    'The provided continue parameter is too old to display a consistent list result. You can start a new list without the continue parameter, or use the continue token in this response to retrieve the remainder of the results. Continuing with the provided token results in an inconsistent list - objects that were created, modified, or deleted between the time the first chunk was returned and now may show up in the list.',
  );

export const tooOldResourceVersion = (requested: number, current: number) =>
  status(410, 'Expired', `too old resource version: ${requested} (${current})`);

export const USER = 'system:serviceaccount:lantern:lantern';

export interface ForbidRequest {
  verb: 'get' | 'list' | 'watch';
  /** Plural resource, with subresource when there is one: "pods", "pods/log". */
  resource: string;
  group: string;
  namespace?: string;
  name?: string;
}

/** A denial set on demand (outage tests): `verb` and `resource` as RBAC names them; no namespace denies it in every namespace. */
export interface ForbidRule {
  verb: ForbidRequest['verb'];
  resource: string;
  namespace?: string;
}

/** Whether a request falls under a rule (the rule's resource is the plural, with its subresource if any). */
export const ruleMatches = (rule: ForbidRule, r: ForbidRequest) => rule.verb === r.verb && rule.resource === r.resource && (rule.namespace === undefined || rule.namespace === r.namespace);

/** The RBAC denial message: `pods is forbidden: User "..." cannot list resource "pods" in API group "" in the namespace "shop"`. */
export function forbidden(r: ForbidRequest): StatusError {
  const [plural] = r.resource.split('/');
  const qualified = r.group ? `${plural}.${r.group}` : plural;
  const subject = r.name ? `${qualified} "${r.name}"` : qualified;
  const scope = r.namespace ? `in the namespace "${r.namespace}"` : 'at the cluster scope';
  const message = `${subject} is forbidden: User "${USER}" cannot ${r.verb} resource "${r.resource}" in API group "${r.group}" ${scope}`;
  return status(403, 'Forbidden', message, { ...(r.name ? { name: r.name } : {}), ...(r.group ? { group: r.group } : {}), kind: plural });
}
