'use client';

import { useState } from 'react';

export interface ShareBarProps {
  /** Builds the relative link at click time (the URL may have changed since render). */
  shareHref: () => string;
  absoluteHref: () => string | null;
}

export type CopyResult = { url: string; copied: boolean };

/** Copies `href` as an absolute URL; where the clipboard is refused, the caller shows the link to copy by hand. */
export async function copyLink(href: string): Promise<CopyResult> {
  const url = new URL(href, window.location.origin).toString();
  try {
    await navigator.clipboard.writeText(url);
    return { url, copied: true };
  } catch {
    return { url, copied: false };
  }
}

/** "Share" (the view as is, relative range kept) and "Share with absolute time" (the range frozen). */
export function ShareBar({ shareHref, absoluteHref }: ShareBarProps) {
  const [last, setLast] = useState<CopyResult | null>(null);
  const copy = async (href: string | null) => href && setLast(await copyLink(href));
  return (
    <div className="dash-share">
      <button type="button" className="btn" onClick={() => copy(shareHref())} data-testid="dashboard-share">
        Share
      </button>
      <button type="button" className="btn" onClick={() => copy(absoluteHref())} data-testid="dashboard-share-absolute">
        Share with absolute time
      </button>
      {last && <ShareResult result={last} onDismiss={() => setLast(null)} />}
    </div>
  );
}

export function ShareResult({ result, onDismiss }: { result: CopyResult; onDismiss: () => void }) {
  return (
    <span className="dash-share__result" role="status">
      <span className="muted">{result.copied ? 'Copied:' : 'Copy this link:'}</span>
      <input className="input dash-share__url" readOnly value={result.url} data-testid="share-url" onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className="btn btn--ghost" onClick={onDismiss} aria-label="Dismiss">
        ×
      </button>
    </span>
  );
}
