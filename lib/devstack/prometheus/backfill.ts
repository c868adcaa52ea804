/**
 * History for a fresh demo: renders the exporters' series over the last hours as OpenMetrics text and turns it
 * into TSDB blocks with `promtool tsdb create-blocks-from openmetrics`, before Prometheus starts.
 */
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import type { DemoCluster } from '../cluster/cluster';
import { formatValue, seriesText, type Labels } from '../metrics/exposition';
import { metricsModel } from '../metrics/model';
import { HONOR_LABELS_JOBS, scrapeSources } from '../metrics/sources';
import { run } from './binary';

export interface BackfillOptions {
  cluster: DemoCluster;
  fromMs: number;
  toMs: number;
  stepMs?: number;
}

/** Labels of a stored sample, as a scrape would leave them: target labels merged, empty values dropped. */
function storedLabels(job: string, target: Labels, sample: Labels): Labels {
  const honor = HONOR_LABELS_JOBS.has(job);
  const merged: Labels = honor ? { job, ...target, ...sample } : { ...sample, ...target, job };
  for (const k of Object.keys(merged)) if (merged[k] === '') delete merged[k];
  return merged;
}

/**
 * Writes the series between fromMs and toMs (every stepMs) to `file` as OpenMetrics: samples grouped by
 * family and series, in time order, timestamps in seconds, ending with `# EOF`. Returns the sample count.
 */
export async function writeOpenMetrics(file: string, { cluster, fromMs, toMs, stepMs = 30_000 }: BackfillOptions): Promise<number> {
  const model = metricsModel(cluster);
  model.ensureHistory(fromMs);
  const families = new Map<string, Map<string, string[]>>();
  const push = (family: string, series: string, line: string) => {
    let f = families.get(family);
    if (!f) families.set(family, (f = new Map()));
    const lines = f.get(series);
    if (lines) lines.push(line);
    else f.set(series, [line]);
  };
  const labelCache = new Map<string, string>();
  let count = 0;
  const start = Math.ceil(fromMs / stepMs) * stepMs;
  for (let t = start; t <= toMs; t += stepMs) {
    const ts = ` ${t / 1000}`;
    for (const source of scrapeSources(model, t)) {
      const set = source.collect(t);
      if (!set) continue;
      const upKey = `${source.job}${source.path}`;
      let up = labelCache.get(upKey);
      if (!up) labelCache.set(upKey, (up = seriesText('up', storedLabels(source.job, source.labels, {}))));
      push('up', up, `${up} 1${ts}`);
      count++;
      for (const f of set.families()) {
        for (const s of f.samples) {
          const exposed = `${source.path} ${seriesText(s.name, s.labels)}`;
          let series = labelCache.get(exposed);
          if (!series) labelCache.set(exposed, (series = seriesText(s.name, storedLabels(source.job, source.labels, s.labels))));
          push(f.name, series, `${series} ${formatValue(s.value)}${ts}`);
          count++;
        }
      }
    }
  }
  const out = createWriteStream(file);
  let chunk: string[] = [];
  for (const f of families.values()) {
    for (const lines of f.values()) {
      chunk.push(lines.join('\n'));
      if (chunk.length >= 500) {
        if (!out.write(chunk.join('\n') + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
        chunk = [];
      }
    }
  }
  out.end(chunk.join('\n') + (chunk.length ? '\n' : '') + '# EOF\n');
  await finished(out);
  return count;
}

/** Renders the history and writes TSDB blocks into dataDir; returns what it did, for the log. */
export async function backfill(promtool: string, dataDir: string, tmpDir: string, opts: BackfillOptions): Promise<{ samples: number; renderMs: number; promtoolMs: number }> {
  const file = join(tmpDir, 'backfill.om.txt');
  const t0 = performance.now();
  const samples = await writeOpenMetrics(file, opts);
  const t1 = performance.now();
  try {
    await run(promtool, ['tsdb', 'create-blocks-from', 'openmetrics', file, dataDir]);
  } finally {
    await rm(file, { force: true });
  }
  return { samples, renderMs: Math.round(t1 - t0), promtoolMs: Math.round(performance.now() - t1) };
}
