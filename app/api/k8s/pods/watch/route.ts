import { route, searchParams } from '@/lib/api/route';
import { watchParams } from '@/lib/k8s/params';
import { podWatchMessages } from '@/lib/k8s/watch-sse';
import { sseResponse } from '@/lib/k8s/sse';
import { kubeFor } from '@/lib/auth/scoped-datasources';

export const dynamic = 'force-dynamic';

/**
 * The API server's pod watch as server-sent events: `change` per ADDED/MODIFIED/DELETED with its resourceVersion,
 * `sync` with the full list when the version expired (410) and the watch re-listed, `failure` on a permanent error.
 */
export const GET = route('/api/k8s/pods/watch', async (req, _params, principal) => {
  const p = watchParams.parse(searchParams(req));
  const client = kubeFor(principal);
  return sseResponse((signal) => podWatchMessages(client, { ...p, resourceVersion: p.resourceVersion || undefined }, signal), req.signal);
});
