/**
 * Case-insensitive substring search that behaves the same on SQLite and PostgreSQL.
 *
 * Both providers compare a key column written with `searchKey()` against the needle passed through it:
 * SQLite's LIKE folds ASCII only and Prisma's `mode: 'insensitive'` does not exist there, while JavaScript's
 * lower-casing covers Unicode (simple case mapping: 'ß' does not match 'SS').
 *
 * Prisma's `contains` does not escape LIKE's `%` and `_` (nor `\`, PostgreSQL's escape character), so a needle
 * holding them is split into literal pieces for the database, and the rows it returns are checked in JS.
 */
export function searchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

export interface TextSearch {
  needle: string;
  /** Pieces free of LIKE metacharacters: every match contains all of them (a superset of the real matches). */
  pieces: string[];
  /** True when `pieces` over-match and rows must be checked with `matches()`. */
  needsRecheck: boolean;
  matches(key: string): boolean;
}

/** null when there is nothing to search for. */
export function textSearch(input: string | undefined): TextSearch | null {
  const trimmed = input?.trim();
  if (!trimmed) return null;
  const needle = searchKey(trimmed);
  const pieces = needle.split(/[%_\\]+/).filter((p) => p !== '');
  return { needle, pieces, needsRecheck: /[%_\\]/.test(needle), matches: (key) => key.includes(needle) };
}

/**
 * Runs a paged query with a text filter. `fetch` receives the pieces and the page to ask the database for
 * (undefined: every row, when the page must be cut after the JS re-check).
 */
export async function pagedTextSearch<Row>(
  search: TextSearch | null,
  page: { take: number; skip: number },
  fetch: (pieces: string[], page: { take: number; skip: number } | undefined) => Promise<Row[]>,
  keyOf: (row: Row) => string,
): Promise<Row[]> {
  if (!search?.needsRecheck) return fetch(search?.pieces ?? [], page);
  const rows = (await fetch(search.pieces, undefined)).filter((r) => search.matches(keyOf(r)));
  return rows.slice(page.skip, page.skip + page.take);
}
