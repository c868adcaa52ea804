/** Loki's parse errors, worded and positioned like Loki 2.7 (logqlmodel.ParseError). */

export class ParseError extends Error {
  constructor(
    readonly detail: string,
    readonly line = 0,
    readonly col = 0,
  ) {
    super(line === 0 && col === 0 ? `parse error : ${detail}` : `parse error at line ${line}, col ${col}: ${detail}`);
  }

  /** A parse error at a 0-based offset of the query. */
  static at(query: string, offset: number, detail: string): ParseError {
    const before = query.slice(0, offset);
    const line = before.split('\n').length;
    const col = offset - (before.lastIndexOf('\n') + 1) + 1;
    return new ParseError(detail, line, col);
  }
}

/** Query shapes Loki understands that the demo engine does not evaluate. */
export class UnsupportedError extends Error {}
