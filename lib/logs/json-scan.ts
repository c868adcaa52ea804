/**
 * A small JSON reader that flattens a document into (path, raw scalar text) pairs without JSON.parse: numbers keep
 * their exact digits (a 64-bit id stays exact), nesting past `maxDepth` is kept as its JSON text, and reading stops
 * after `maxFields`. Iterative where nesting is unbounded, so a hostile line cannot overflow the stack. Pure.
 */

export type JsonPath = (string | number)[];

export interface JsonLeaf {
  path: JsonPath;
  /** Strings decoded; numbers, booleans, null and capped subtrees as written. */
  value: string;
  /** The value was a JSON string. */
  string: boolean;
}

class Stop extends Error {}

const SCALAR = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
const WS = /[ \t\r\n]*/y;

/** The leaves of a JSON object or array, or `undefined` if `text` is not one. */
export function flattenJson(text: string, maxDepth = 8, maxFields = 200): { leaves: JsonLeaf[]; capped: boolean } | undefined {
  let pos = 0;
  const leaves: JsonLeaf[] = [];
  const ws = () => {
    WS.lastIndex = pos;
    WS.test(text);
    pos = WS.lastIndex;
  };
  const fail = (): never => {
    throw new SyntaxError(`JSON: unexpected input at ${pos}`);
  };
  const emit = (path: JsonPath, value: string, string: boolean) => {
    if (leaves.length >= maxFields) throw new Stop();
    leaves.push({ path, value, string });
  };
  const stringEnd = (from: number): number => {
    for (let i = from + 1; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 92) i++;
      else if (c === 34) return i + 1;
    }
    return fail();
  };
  const readString = (): string => {
    const end = stringEnd(pos);
    const value = JSON.parse(text.slice(pos, end)) as string;
    pos = end;
    return value;
  };
  /** Skips a nested value without recursion; returns its text. */
  const skipNested = (): string => {
    const from = pos;
    let depth = 0;
    do {
      const c = text.charCodeAt(pos);
      if (c === 34) pos = stringEnd(pos) - 1;
      else if (c === 123 || c === 91) depth++;
      else if (c === 125 || c === 93) depth--;
      pos++;
      if (pos > text.length) fail();
    } while (depth > 0);
    return text.slice(from, pos);
  };
  const value = (path: JsonPath, depth: number): void => {
    ws();
    const c = text.charCodeAt(pos);
    if (c === 123 || c === 91) {
      if (depth >= maxDepth) return emit(path, skipNested(), false);
      const object = c === 123;
      pos++;
      ws();
      if (text.charCodeAt(pos) === (object ? 125 : 93)) return void pos++;
      for (let index = 0; ; index++) {
        ws();
        let key: string | number = index;
        if (object) {
          if (text.charCodeAt(pos) !== 34) fail();
          key = readString();
          ws();
          if (text.charCodeAt(pos++) !== 58) fail();
        }
        value([...path, key], depth + 1);
        ws();
        const next = text.charCodeAt(pos++);
        if (next === (object ? 125 : 93)) return;
        if (next !== 44) fail();
      }
    }
    if (c === 34) return emit(path, readString(), true);
    SCALAR.lastIndex = pos;
    const m = SCALAR.exec(text) ?? fail();
    pos += m[0].length;
    emit(path, m[0], false);
  };

  const first = text.trimStart()[0];
  if (first !== '{' && first !== '[') return undefined;
  try {
    value([], 0);
    ws();
    return pos === text.length ? { leaves, capped: false } : undefined;
  } catch (e) {
    if (e instanceof Stop) return { leaves, capped: true };
    return undefined;
  }
}
