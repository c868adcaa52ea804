'use client';

import { IntentLink as Link } from '@/components/ui/IntentLink';
import { useMemo } from 'react';
import type { Marker } from '@/lib/k8s/markers';
import { useFollowedPodLog } from '@/lib/queries/k8s/use-pod';
import { usePodLogs, type LogSource } from '@/lib/queries/k8s/use-pod-logs';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { withTimeParams } from '@/lib/time/url-params';
import { MarkedLogList } from './MarkedLogList';
import { PodSection } from './PodSection';
import { k8sHrefs } from './links';
import { useUrlParams } from './use-url-params';

const TAILS = [100, 500, 1000, 5000];

/**
 * Logs of one container: Loki when configured, else the Kubernetes API (or chosen), the previous instance, timestamps,
 * tail size and follow; state in the URL. Restarts, OOM kills and Warning events appear between the lines at their time.
 */
export function PodLogs({ namespace, pod, containers, range, markers, exists = true }: { namespace: string; pod: string; containers: { name: string; restarts: number }[]; range: ResolvedRange | null; markers: Marker[]; exists?: boolean }) {
  const { sp, get, set } = useUrlParams();
  const container = containers.find((c) => c.name === get('container'))?.name ?? containers[0]?.name;
  const source = (['loki', 'kubernetes'].includes(get('logs') ?? '') ? get('logs') : 'auto') as LogSource;
  const previous = exists && get('previous') === '1';
  const tail = TAILS.includes(Number(get('tail'))) ? Number(get('tail')) : 1000;
  const timestamps = get('ts') !== '0';
  const follow = exists && get('follow') === '1' && !previous;
  const logs = usePodLogs({ namespace, pod, container, source, previous, range, tail, kubernetesAvailable: exists });
  const followed = useFollowedPodLog(namespace, pod, container, follow);
  const entries = useMemo(() => (follow ? [...logs.entries, ...followed.lines] : logs.entries), [follow, logs.entries, followed.lines]);
  const marks = useMemo(() => markers.filter((m) => !m.container || !container || m.container === container), [markers, container]);
  const restarts = containers.find((c) => c.name === container)?.restarts ?? 0;
  const title = `Logs${container ? ` of ${container}` : ''}${previous ? ' (previous instance)' : ''}`;
  return (
    <PodSection id="logs" title={title} source={logs.source === 'loki' ? 'Loki' : 'Kubernetes'} error={logs.error ?? followed.error ?? undefined} loading={logs.loading}>
      <div className="pod-logs" data-testid="pod-logs" data-source={logs.source}>
        <div className="pod-logs__controls">
          {containers.length > 1 ? (
            <label>
              Container{' '}
              <select value={container} onChange={(e) => set({ container: e.target.value, previous: null })} data-testid="log-container">
                {containers.map((c) => (
                  <option key={c.name}>{c.name}</option>
                ))}
              </select>
            </label>
          ) : null}
          <label>
            Source{' '}
            <select value={source} onChange={(e) => set({ logs: e.target.value === 'auto' ? null : e.target.value })} data-testid="log-source" disabled={!exists}>
              <option value="auto">auto</option>
              <option value="loki">Loki</option>
              <option value="kubernetes">Kubernetes API</option>
            </select>
          </label>
          {exists ? (
            <label title={restarts ? undefined : 'The container has not restarted'}>
              <input type="checkbox" checked={previous} onChange={(e) => set({ previous: e.target.checked ? '1' : null, follow: null })} data-testid="previous-logs" /> previous instance
            </label>
          ) : null}
          <label>
            Tail{' '}
            <select value={tail} onChange={(e) => set({ tail: e.target.value === '1000' ? null : e.target.value })} data-testid="log-tail">
              {TAILS.map((t) => (
                <option key={t} value={t}>
                  {t} lines
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={timestamps} onChange={(e) => set({ ts: e.target.checked ? null : '0' })} /> timestamps
          </label>
          {exists ? (
            <label>
              <input type="checkbox" checked={follow} disabled={previous} onChange={(e) => set({ follow: e.target.checked ? '1' : null })} data-testid="log-follow" /> follow
            </label>
          ) : null}
          <Link href={withTimeParams(k8sHrefs.logs(namespace, pod, container), sp)}>open in Logs</Link>
          <span className="muted" data-testid="log-count">
            {entries.length} lines{logs.truncated ? ' (limit reached: older lines exist)' : ''} · since {range ? new Date(range.startMs).toLocaleString() : '—'}
          </span>
        </div>
        <MarkedLogList entries={entries} markers={marks} timestamps={timestamps} />
      </div>
    </PodSection>
  );
}
