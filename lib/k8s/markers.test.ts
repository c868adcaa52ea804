import { describe, expect, it } from 'vitest';
import { buildMarkers } from './markers';
import type { EventSummary, PodSummary } from './types';

const t0 = Date.UTC(2026, 10, 22, 2, 0, 0);
const iso = (ms: number) => new Date(ms).toISOString();
const pod = {
  containers: [{ name: 'scorer', lastTermination: { reason: 'OOMKilled', exitCode: 137, finishedAt: iso(t0) } }],
  initContainers: [],
} as unknown as PodSummary;
const event = (reason: string, at: number, type = 'Warning') =>
  ({ type, reason, message: 'm', lastTimestamp: iso(at), involvedObject: { fieldPath: 'spec.containers{scorer}' } }) as EventSummary;

describe('buildMarkers', () => {
  it('marks an OOM kill once, whether the API, the event or the restart counter saw it', () => {
    const m = buildMarkers({ pod, events: [event('OOMKilling', t0), event('Started', t0 + 3000, 'Normal')], restarts: [{ container: 'scorer', points: [[t0 - 15_000, 3], [t0 + 15_000, 4]] }] });
    expect(m).toEqual([{ atMs: t0, kind: 'oom', label: 'OOMKilled (scorer, exit 137)', container: 'scorer' }]);
  });

  it('marks every OOM kill the cAdvisor counter saw, the API\'s exact time winning for the last one', () => {
    const m = buildMarkers({ pod, ooms: [{ container: 'scorer', points: [[t0 - 735_000, 2], [t0 - 720_000, 3], [t0 - 15_000, 3], [t0 + 15_000, 4]] }] });
    expect(m.map((x) => [x.kind, x.atMs - t0])).toEqual([
      ['oom', -720_000],
      ['oom', 0],
    ]);
  });

  it('keeps Warning events and earlier restarts at their own times, in time order', () => {
    const m = buildMarkers({ events: [event('BackOff', t0 + 60_000)], restarts: [{ container: 'w', points: [[t0 - 600_000, 1], [t0 - 585_000, 2], [t0 - 570_000, 2]] }] });
    expect(m.map((x) => [x.kind, x.atMs - t0])).toEqual([
      ['restart', -585_000],
      ['warning', 60_000],
    ]);
  });
});
