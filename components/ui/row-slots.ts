/**
 * Stable slots for the rows of a virtualised list: a row that stays in view keeps its slot, a row scrolling in takes
 * the slot of one that scrolled out. Used as React keys, slots make React reuse a row's elements for the next line
 * (text and attributes updated in place) instead of removing one subtree and building another each frame. Pure.
 */

/**
 * Slots for `indices` (the rows rendered now, in any order): each index in `prev` keeps its slot, the others take
 * the lowest slots no kept index holds. Slots are 0..indices.length-1 plus at most what `prev` already used.
 */
export function assignRowSlots(prev: ReadonlyMap<number, number>, indices: readonly number[]): Map<number, number> {
  const next = new Map<number, number>();
  const taken = new Set<number>();
  for (const i of indices) {
    const slot = prev.get(i);
    if (slot !== undefined && !taken.has(slot)) {
      next.set(i, slot);
      taken.add(slot);
    }
  }
  let free = 0;
  for (const i of indices) {
    if (next.has(i)) continue;
    while (taken.has(free)) free++;
    next.set(i, free);
    taken.add(free);
  }
  return next;
}
