/** Field selectors (`a=b`, `a==b`, `a!=b`, comma = AND) checked against the labels a resource supports. */
import { SelectorParseError } from './label-selector';
import type { ResourceInfo } from './resources';
import type { KubeObject } from '../cluster/objects';

export interface FieldRequirement {
  field: string;
  op: '=' | '!=';
  value: string;
}

/** Split on unescaped commas; `\,` `\=` `\\` escape as in apimachinery's fields package. */
function splitTerms(s: string): string[] {
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && i + 1 < s.length) {
      cur += s[i] + s[i + 1];
      i++;
    } else if (s[i] === ',') {
      out.push(cur);
      cur = '';
    } else cur += s[i];
  }
  out.push(cur);
  return out;
}

const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

export function parseFieldSelector(selector: string, resource: ResourceInfo): FieldRequirement[] {
  if (!selector.trim()) return [];
  return splitTerms(selector).map((term) => {
    const m = /^((?:[^=!\\]|\\.)*)(==|!=|=)(.*)$/.exec(term);
    if (!m) throw new SelectorParseError(`invalid selector: '${selector}'; can't understand '${term}'`);
    const field = unescape(m[1]).trim();
    if (!resource.fields[field]) throw new SelectorParseError(`field label not supported: ${field}`);
    return { field, op: m[2] === '!=' ? '!=' : '=', value: unescape(m[3]) };
  });
}

export function matchesFields(reqs: FieldRequirement[], resource: ResourceInfo, o: KubeObject): boolean {
  return reqs.every((r) => {
    const v = resource.fields[r.field](o) ?? '';
    return r.op === '=' ? v === r.value : v !== r.value;
  });
}
