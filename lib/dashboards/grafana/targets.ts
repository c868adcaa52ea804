/** Grafana query targets to ours: each target's datasource is decided on its own (panels may be "mixed"). */
import type { DatasourceKind, Target } from '../model';
import type { DatasourceResolver, ResolvedDatasource } from './datasource';
import { arr, bool, cut, rec, str, text } from './read';
import type { PanelWarn } from './warnings';

const MAX_TARGETS = 26;

export interface MappedTargets {
  targets: Target[];
  /** Datasources of targets that could not be mapped, e.g. `elasticsearch`. */
  unsupported: string[];
  /** How many targets had a query at all (mapped or not). */
  total: number;
}

function refIdFor(taken: Set<string>): string {
  for (let i = 0; ; i++) {
    const id = i < 26 ? String.fromCharCode(65 + i) : `Q${i}`;
    if (!taken.has(id)) return id;
  }
}

/**
 * @param panelDatasource the panel's own reference, used by targets that carry none.
 * @param forced set for logs panels: targets without an explicit datasource are Loki queries.
 */
export function mapTargets(
  raw: unknown,
  panelDatasource: unknown,
  resolver: DatasourceResolver,
  warn: PanelWarn,
  forced?: DatasourceKind,
): MappedTargets {
  const panelDs = resolver.resolve(panelDatasource);
  const targets: Target[] = [];
  const unsupported: string[] = [];
  const taken = new Set<string>();
  let total = 0;
  const assumed = new Set<string>();

  for (const item of arr(raw)) {
    const t = rec(item);
    if (!t) continue;
    const name = text(t.refId) ? `Query ${str(t.refId)}` : 'A query';
    let ds: ResolvedDatasource | undefined = resolver.resolve(t.datasource);
    if (ds === undefined || ds.kind === 'mixed') ds = panelDs?.kind === 'mixed' ? undefined : panelDs;
    if (ds?.kind === 'unsupported') {
      total++;
      unsupported.push(ds.name);
      warn('datasource-unsupported', `${name} uses the ${ds.name} datasource; only Prometheus and Loki are supported, so it was dropped.`);
      continue;
    }
    const expr = str(t.expr) ?? str(t.query) ?? '';
    if (expr.trim() === '') continue; // an empty editor slot: nothing to run
    total++;
    let kind: DatasourceKind = forced ?? 'prometheus';
    if (ds !== undefined) {
      kind = ds.kind;
      if (ds.assumed) {
        if (forced) kind = forced; // a logs panel with an unknown datasource name: it is Loki
        else assumed.add(ds.assumed);
      }
    }
    if (forced && kind !== forced) {
      warn('target-dropped', `${name} is a ${kind} query in a logs panel, which shows Loki queries only.`);
      continue;
    }
    if (targets.length >= MAX_TARGETS) {
      warn('limit-exceeded', `Only the first ${MAX_TARGETS} queries were kept; ${name} was dropped.`);
      continue;
    }

    let refId = cut(text(t.refId)?.trim() ?? '', 16);
    if (refId === '' || taken.has(refId)) refId = refIdFor(taken);
    taken.add(refId);

    // Grafana ≥ 8 may set both `range` and `instant` ("Both"); a range query is what charts need then.
    const instant = (bool(t.instant) === true && bool(t.range) !== true) || str(t.queryType) === 'instant';
    const legendFormat = str(t.legendFormat);
    const interval = text(t.interval) ?? text(t.step);
    targets.push({
      refId,
      datasource: kind,
      expr: cut(expr, 64 * 1024),
      ...(legendFormat ? { legendFormat: cut(legendFormat, 1024) } : {}),
      ...(interval ? { interval: cut(interval.trim(), 32) } : {}),
      ...(instant ? { instant: true } : {}),
      ...(bool(t.hide) === true ? { hide: true } : {}),
    });
  }
  for (const name of assumed) {
    warn('datasource-assumed', `Datasource "${name}" is not a known Prometheus or Loki datasource; its queries were imported as Prometheus queries.`);
  }
  return { targets, unsupported, total };
}
