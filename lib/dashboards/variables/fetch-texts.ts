/**
 * Running a parsed variable request against a `VariableResolver`: variables in its parts are interpolated first
 * (escaped for the query language), then one upstream call returns the raw texts the options are made from. Pure.
 */
import { isLabelName } from '@/lib/promql/escape';
import type { ResolvedRange } from '@/lib/time/time-expr';
import { interpolate } from './interpolate';
import type { QueryLanguage } from './literals';
import type { VariableRequest } from './query-syntax';
import type { InstantQueryResult, Labels, VariableResolver, VariableScope } from './types';

/** The request with every variable reference replaced; throws when an interpolated label is not a label name. */
export function interpolateRequest(request: VariableRequest, scope: VariableScope, language: QueryLanguage): VariableRequest {
  const q = (text: string) => interpolate(text, scope, language);
  switch (request.kind) {
    case 'labelValues': {
      const label = interpolate(request.label, scope, 'text');
      if (!isLabelName(label)) throw new Error(`${JSON.stringify(label)} is not a label name`);
      return request.match === undefined ? { kind: 'labelValues', label } : { kind: 'labelValues', label, match: q(request.match) };
    }
    case 'labelNames':
      return request.match === undefined ? request : { kind: 'labelNames', match: q(request.match) };
    case 'metrics':
      return { kind: 'metrics', regex: interpolate(request.regex, scope, 'regex') };
    case 'queryResult':
      return { kind: 'queryResult', expr: q(request.expr) };
    case 'series':
      return { kind: 'series', match: q(request.match) };
  }
}

/** The texts a request yields, in upstream order. `query_result` and series render as Grafana shows them. */
export async function fetchVariableTexts(request: VariableRequest, resolver: VariableResolver, range: ResolvedRange): Promise<string[]> {
  switch (request.kind) {
    case 'labelValues':
      return resolver.labelValues(request.label, request.match, range);
    case 'labelNames':
      return resolver.labelNames(request.match, range);
    case 'metrics': {
      let re: RegExp;
      try {
        re = new RegExp(request.regex);
      } catch (e) {
        throw new Error(`metrics(): ${JSON.stringify(request.regex)} is not a valid regex: ${(e as Error).message}`);
      }
      return (await resolver.labelValues('__name__', undefined, range)).filter((name) => re.test(name));
    }
    case 'queryResult':
      return queryResultTexts(await resolver.query(request.expr, range.endMs));
    case 'series':
      return (await resolver.series(request.match, range)).map((labels) => seriesText(labels));
  }
}

/**
 * Grafana's text for `query_result`: `name{a="x",b="y"} value timestampMs` per sample (label values unescaped, as
 * Grafana prints them, so that dashboards' regexes such as `/pod="([^"]+)"/` keep working); scalars are the value.
 */
export function queryResultTexts(result: InstantQueryResult): string[] {
  if (result.type !== 'vector') return [result.value];
  return result.samples.map((s) => `${seriesText(s.labels)} ${s.value} ${s.timeMs}`);
}

/** `name{a="x",b="y"}` without `__name__` among the labels. */
export function seriesText(labels: Labels): string {
  const { __name__: name = '', ...rest } = labels;
  return `${name}{${Object.entries(rest)
    .map(([k, v]) => `${k}="${v}"`)
    .join(',')}}`;
}
