/**
 * Label selectors with the apimachinery grammar: `a=b`, `a==b`, `a!=b`, `a in (x,y)`, `a notin (x)`, `a`, `!a`,
 * `a>1`, `a<1`; a comma joins requirements with AND. Errors read like apimachinery's so a 400 looks real.
 */
export type Operator = '=' | '!=' | 'in' | 'notin' | 'exists' | '!' | 'gt' | 'lt';

export interface Requirement {
  key: string;
  op: Operator;
  values: string[];
}

export class SelectorParseError extends Error {}

const KEY_NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function validateKey(key: string): void {
  const slash = key.indexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : '';
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  const ok = KEY_NAME.test(name) && name.length <= 63 && (slash < 0 || (DNS_SUBDOMAIN.test(prefix) && prefix.length <= 253));
  if (!ok) {
    throw new SelectorParseError(
      `unable to parse requirement: <nil>: Invalid value: "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')`,
    );
  }
}

function validateValue(key: string, value: string): void {
  if (value.length > 63 || !VALUE.test(value)) {
    throw new SelectorParseError(
      `unable to parse requirement: values[0][${key}]: Invalid value: "${value}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')`,
    );
  }
}

type Token = { t: 'id' | 'op' | '(' | ')' | ',' | 'end'; v: string };

function tokenize(s: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === ' ' || c === '\t') {
      i++;
    } else if (c === '(' || c === ')' || c === ',') {
      out.push({ t: c, v: c });
      i++;
    } else if ('=!<>'.includes(c)) {
      const two = s.slice(i, i + 2);
      const op = two === '==' || two === '!=' ? two : c;
      out.push({ t: 'op', v: op });
      i += op.length;
    } else {
      let j = i;
      while (j < s.length && !' \t(),=!<>'.includes(s[j])) j++;
      out.push({ t: 'id', v: s.slice(i, j) });
      i = j;
    }
  }
  out.push({ t: 'end', v: '' });
  return out;
}

/** Parse a label selector; an empty string selects everything. */
export function parseLabelSelector(selector: string): Requirement[] {
  const tokens = tokenize(selector);
  let pos = 0;
  const peek = () => tokens[pos];
  const next = () => tokens[pos++];
  const expect = (what: string): never => {
    throw new SelectorParseError(`found '${peek().v}', expected: ${what}`);
  };
  const reqs: Requirement[] = [];
  if (peek().t === 'end') return reqs;
  for (;;) {
    let negate = false;
    if (peek().t === 'op' && peek().v === '!') {
      negate = true;
      next();
    }
    if (peek().t !== 'id') expect('identifier');
    const key = next().v;
    validateKey(key);
    const tok = peek();
    if (negate) {
      if (tok.t !== ',' && tok.t !== 'end') expect("',' or 'end of string'");
      reqs.push({ key, op: '!', values: [] });
    } else if (tok.t === ',' || tok.t === 'end') {
      reqs.push({ key, op: 'exists', values: [] });
    } else if (tok.t === 'op') {
      next();
      const value = peek().t === 'id' ? next().v : '';
      if (tok.v === '<' || tok.v === '>') {
        if (!/^-?\d+$/.test(value)) throw new SelectorParseError(`unable to parse requirement: for 'Gt', 'Lt' operators, the value must be an integer`);
        reqs.push({ key, op: tok.v === '>' ? 'gt' : 'lt', values: [value] });
      } else {
        validateValue(key, value);
        reqs.push({ key, op: tok.v === '!=' ? '!=' : '=', values: [value] });
      }
    } else if (tok.t === 'id' && (tok.v === 'in' || tok.v === 'notin')) {
      next();
      if (peek().t !== '(') expect("'('");
      next();
      const values: string[] = [];
      for (;;) {
        const v = peek().t === 'id' ? next().v : '';
        validateValue(key, v);
        values.push(v);
        if (peek().t === ',') next();
        else if (peek().t === ')') break;
        else expect("',' or ')'");
      }
      next();
      reqs.push({ key, op: tok.v, values });
    } else {
      expect("'=', '!=', '==', 'in', notin'");
    }
    if (peek().t === 'end') break;
    if (peek().t !== ',') expect("',' or 'end of string'");
    next();
  }
  return reqs;
}

export function matchesLabels(reqs: Requirement[], labels: Record<string, string> | undefined): boolean {
  const l = labels ?? {};
  return reqs.every((r) => {
    const has = Object.prototype.hasOwnProperty.call(l, r.key);
    const v = l[r.key];
    switch (r.op) {
      case '=':
        return has && v === r.values[0];
      case '!=':
        return !has || v !== r.values[0];
      case 'in':
        return has && r.values.includes(v);
      case 'notin':
        return !has || !r.values.includes(v);
      case 'exists':
        return has;
      case '!':
        return !has;
      case 'gt':
      case 'lt': {
        if (!has || !/^-?\d+$/.test(v)) return false;
        return r.op === 'gt' ? Number(v) > Number(r.values[0]) : Number(v) < Number(r.values[0]);
      }
    }
  });
}
