/** The query and option strings of Grafana variables, in all the shapes Grafana versions have saved them. */
import { arr, cut, rec, str, text, type Json } from './read';

const PROMETHEUS_FUNCTIONS = /^\s*(label_values|query_result|metrics|label_names)\s*\(/;

/**
 * A Prometheus variable query: a string, or (Grafana ≥ 9) `{ query, refId, qryType, label, metric }` where
 * `query` may be missing for the visual editor's label-values and label-names forms.
 */
export function prometheusVariableQuery(raw: unknown, definition: unknown): { text: string; unrecognised: boolean } {
  const o = rec(raw);
  let q = typeof raw === 'string' ? raw : str(o?.query);
  if (!q && o) {
    const label = text(o.label);
    const metric = text(o.metric);
    if (o.qryType === 0) q = 'label_names()';
    else if (label) q = metric ? `label_values(${metric}, ${label})` : `label_values(${label})`;
    else if (o.qryType === 2 && metric) q = `metrics(${metric})`;
  }
  q = text(q) ?? text(definition) ?? '';
  return { text: q.trim(), unrecognised: q.trim() !== '' && !PROMETHEUS_FUNCTIONS.test(q) };
}

/** A Loki variable query: a string, or `{ type: 0 | 1, label, stream }` (label names / label values). */
export function lokiVariableQuery(raw: unknown): { text: string; unrecognised: boolean } {
  const o = rec(raw);
  if (typeof raw === 'string' || !o) {
    const q = (typeof raw === 'string' ? raw : '').trim();
    return { text: q, unrecognised: q !== '' && !/^\s*(label_values|label_names)\s*\(/.test(q) };
  }
  const label = text(o.label);
  if (o.type === 0 || (!label && o.type === undefined && text(o.query) === undefined)) return { text: 'label_names()', unrecognised: false };
  if (label) {
    const stream = text(o.stream);
    return { text: stream ? `label_values(${stream}, ${label})` : `label_values(${label})`, unrecognised: false };
  }
  return lokiVariableQuery(str(o.query) ?? '');
}

/** Splits Grafana's comma lists: `\,` is a literal comma, items are trimmed, empty items dropped. */
export function splitCommaList(s: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && s[i + 1] === ',') {
      current += ',';
      i++;
    } else if (s[i] === ',') {
      items.push(current);
      current = '';
    } else current += s[i];
  }
  items.push(current);
  return items.map((x) => x.trim()).filter((x) => x !== '');
}

/** Options Grafana saved with the variable (what it last showed), without the "All" entry. */
export function savedOptions(v: Json): { text: string; value: string }[] {
  return arr(v.options)
    .map((o) => rec(o))
    .filter((o): o is Json => o !== undefined && (typeof o.value === 'string' || typeof o.text === 'string'))
    .map((o) => ({ text: String(o.text ?? o.value), value: String(o.value ?? o.text) }))
    .filter((o) => o.value !== '$__all')
    .slice(0, 1000);
}

/** Custom variable options: from `query` (`a,b` or `text : value` pairs), else from the saved `options`. */
export function customOptions(v: Json): { text: string; value: string }[] {
  const options = splitCommaList(str(v.query) ?? '').map((item) => {
    // Grafana ≥ 8 accepts "Text : value" (spaces around the colon) to show a label other than the value.
    const m = /^(.*\S)\s+:\s+(\S.*)$/.exec(item);
    return m ? { text: m[1], value: m[2] } : { text: item, value: item };
  });
  return options.length > 0 ? options.slice(0, 1000) : savedOptions(v);
}

/** Interval options: `query: "1m,5m,10m"`, skipping Grafana's generated `$__auto_interval_*` entry. */
export function intervalOptions(v: Json): string[] {
  const fromQuery = splitCommaList(str(v.query) ?? '');
  const list = fromQuery.length > 0 ? fromQuery : arr(v.options).map((o) => str(rec(o)?.value) ?? '');
  return [...new Set(list.filter((x) => x !== '' && !x.startsWith('$__auto')).map((x) => cut(x, 32)))].slice(0, 64);
}
