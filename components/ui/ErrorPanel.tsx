import { isApiError } from '@/lib/queries/api';
import { positionExcerpt } from './error-position';

interface ErrorPanelProps {
  error: unknown;
  /** The query that failed; with an error position, the offending spot is marked under it. */
  query?: string;
  title?: string;
  testId?: string;
}

/** Shows a failed request's message (and where in the query it failed) without taking the page down. */
export function ErrorPanel({ error, query, title = 'Query failed', testId = 'error-panel' }: ErrorPanelProps) {
  const message = error instanceof Error ? error.message : String(error);
  const api = isApiError(error) ? error : undefined;
  const excerpt = api?.position && query ? positionExcerpt(query, api.position) : null;
  return (
    <div className="error-panel" role="alert" data-testid={testId}>
      <div className="error-panel__title">
        {title}
        {api && (
          <span className="error-panel__meta">
            {api.datasource ? `${api.datasource} · ` : ''}
            {api.kind}
            {api.status ? ` · ${api.status}` : ''}
          </span>
        )}
      </div>
      <div className="error-panel__message" data-testid="error-message">
        {message}
      </div>
      {api?.position && (
        <div className="error-panel__position" data-testid="error-position">
          line {api.position.line}, column {api.position.column}
          {excerpt && (
            <pre className="error-panel__excerpt">
              {excerpt.lineText.slice(0, excerpt.column)}
              <mark data-testid="error-position-mark">{excerpt.lineText.slice(excerpt.column, excerpt.column + 1) || ' '}</mark>
              {excerpt.lineText.slice(excerpt.column + 1)}
              {'\n'}
              {' '.repeat(excerpt.column)}^
            </pre>
          )}
        </div>
      )}
    </div>
  );
}
