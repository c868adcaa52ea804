import { isLogQuery, logqlSyntaxError } from './validate';

/** A LogQL query refused before anything is sent upstream; carries the position of the mistake. */
export class LogqlQueryError extends Error {
  readonly status = 400;
  readonly kind = 'bad_query';
  readonly datasource = 'loki';
  constructor(
    message: string,
    readonly position?: { line: number; column: number },
  ) {
    super(message);
    this.name = 'LogqlQueryError';
  }
}

/** Throws `LogqlQueryError` unless `query` is a valid log query (Loki tails log queries only). Pure. */
export function assertTailQuery(query: string): void {
  const error = logqlSyntaxError(query);
  if (error) throw new LogqlQueryError(`parse error at line ${error.position.line}, col ${error.position.column}: ${error.message}`, error.position);
  if (!isLogQuery(query)) throw new LogqlQueryError('live tail needs a log query (a stream selector and its pipeline), not a metric query');
}
