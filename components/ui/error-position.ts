export interface PositionExcerpt {
  /** The query line the error points at. */
  lineText: string;
  /** 0-based column in `lineText`, clamped to its length (the caret may sit just past the end). */
  column: number;
}

/** Finds the line and column an error position (1-based, as Prometheus and Loki report them) refers to. */
export function positionExcerpt(query: string, pos: { line: number; column: number }): PositionExcerpt | null {
  const lines = query.split('\n');
  const lineText = lines[pos.line - 1];
  if (lineText === undefined) return null;
  return { lineText, column: Math.min(Math.max(0, pos.column - 1), lineText.length) };
}
