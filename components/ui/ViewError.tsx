'use client';

import { ErrorPanel } from './ErrorPanel';

interface ViewErrorProps {
  error: Error & { digest?: string };
  reset: () => void;
  /** "Explore", "Logs"... names what failed. */
  view: string;
}

/** The body of every segment's error.tsx: the message, the digest to find it in the server log, and a retry. */
export function ViewError({ error, reset, view }: ViewErrorProps) {
  return (
    <div className="view-error" data-testid="view-error">
      <ErrorPanel error={error} title={`${view} failed to render`} testId="view-error-panel" />
      {error.digest && <p className="hint">Reference: {error.digest} (search the server log for it)</p>}
      <button type="button" className="btn" onClick={reset} data-testid="view-error-retry">
        Try again
      </button>
    </div>
  );
}
