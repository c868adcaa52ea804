import { positionExcerpt } from '@/components/ui/error-position';
import type { PanelData } from './panel-data';

/**
 * A failed query inside its panel: the datasource's message verbatim (Prometheus' parse error reads better than
 * any paraphrase), and where the query has an error position, the offending spot marked under the query line.
 */
export function PanelError({ error }: { error: Extract<PanelData, { kind: 'error' }> }) {
  const excerpt = error.position && error.query ? positionExcerpt(error.query, error.position) : null;
  return (
    <div className="error-panel panel__error" role="alert" data-testid="panel-error">
      <div className="error-panel__title">
        Query failed
        {error.datasource && <span className="error-panel__meta">{error.datasource}</span>}
      </div>
      <div className="error-panel__message" data-testid="panel-error-message">
        {error.message}
      </div>
      {error.position && (
        <div className="error-panel__position" data-testid="panel-error-position">
          line {error.position.line}, column {error.position.column}
          {excerpt && (
            <pre className="error-panel__excerpt">
              {excerpt.lineText.slice(0, excerpt.column)}
              <mark>{excerpt.lineText.slice(excerpt.column, excerpt.column + 1) || ' '}</mark>
              {excerpt.lineText.slice(excerpt.column + 1)}
            </pre>
          )}
        </div>
      )}
    </div>
  );
}
