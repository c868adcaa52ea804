/** Finding variable references in text: `$var`, `${var}`, `${var:format}`, `[[var]]`, `[[var:format]]` (Grafana's forms). */

export interface VariableReference {
  /** Offsets of the whole reference in the text. */
  from: number;
  to: number;
  name: string;
  /** The `:format` part, if any (`raw`, `regex`, `pipe`, `csv`, ...). */
  format?: string;
}

// `${...}` first so `$` alone never eats the brace form; names are greedy like Grafana's (`$a_b` is `a_b`).
const REFERENCE = /\$\{(\w+)(?::(\w+))?\}|\[\[(\w+)(?::(\w+))?\]\]|\$(\w+)/g;

/** Every reference in `text`, in order. Names are not checked against any scope. */
export function findReferences(text: string): VariableReference[] {
  const out: VariableReference[] = [];
  for (const m of text.matchAll(REFERENCE)) {
    const name = m[1] ?? m[3] ?? m[5]!;
    const format = m[2] ?? m[4];
    const ref: VariableReference = { from: m.index, to: m.index + m[0].length, name };
    if (format !== undefined) ref.format = format;
    out.push(ref);
  }
  return out;
}

/** The distinct variable names `text` refers to. */
export function referencedNames(text: string): Set<string> {
  return new Set(findReferences(text).map((r) => r.name));
}
