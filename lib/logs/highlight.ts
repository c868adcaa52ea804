/**
 * Highlighting what a query's positive line filters (`|= "x"`, `|~ "re"`) matched in each line. Terms are read from
 * the LogQL tree; regexes are Loki's RE2, run here as JavaScript RegExp where they are compatible (`(?i)` prefix
 * becomes the `i` flag) and skipped where not. Pure.
 */
import { parseLogql, unquoteLogql } from './query-tree';

/** One RegExp (global) matching any positive line filter term, or null when there is none. */
export function lineFilterPattern(query: string): RegExp | null {
  const tree = parseLogql(query);
  const parts: string[] = [];
  let insensitive = false;
  tree.iterate({
    enter: (ref) => {
      if (ref.name !== 'LineFilter') return true;
      const node = ref.node;
      const op = node.getChild('Filter')?.firstChild?.name;
      const literal = node.getChild('String');
      if (!literal || (op !== 'PipeExact' && op !== 'PipeMatch')) return false;
      const value = unquoteLogql(query.slice(literal.from, literal.to));
      if (value === '') return false;
      if (op === 'PipeExact') parts.push(value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
      else {
        const re = value.startsWith('(?i)') ? ((insensitive = true), value.slice(4)) : value;
        try {
          new RegExp(re, 'u');
          parts.push(`(?:${re})`);
        } catch {
          // RE2 syntax JavaScript does not read: no highlight for this term, the results are still right.
        }
      }
      return false;
    },
  });
  if (!parts.length) return null;
  try {
    return new RegExp(parts.join('|'), insensitive ? 'giu' : 'gu');
  } catch {
    return null;
  }
}

/** `[from, to)` ranges of `pattern` in `text`, at most `max` (empty matches skipped). */
export function matchRanges(text: string, pattern: RegExp | null, max = 200): [number, number][] {
  if (!pattern) return [];
  const out: [number, number][] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m && out.length < max; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    out.push([m.index, m.index + m[0].length]);
  }
  return out;
}
