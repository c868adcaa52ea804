/** Reading lezer parse trees (PromQL, LogQL) for their first syntax error. Pure. */
import type { Tree } from '@lezer/common';

/** Offset of the first error node in the tree, or -1 when the text parsed cleanly. */
export function firstErrorAt(tree: Tree): number {
  let at = -1;
  tree.iterate({
    enter: (n) => {
      if (at >= 0) return false;
      if (n.type.isError) at = n.from;
      return true;
    },
  });
  return at;
}
