'use client';

import { lazy, Suspense } from 'react';
import type { Panel } from '@/lib/dashboards/model';

export type TextPanelModel = Extract<Panel, { type: 'text' }>;

// About 37 KB gzip of parser: a chunk of its own, fetched only when a dashboard has a markdown panel.
const Markdown = lazy(() => import('./Markdown'));

/** Markdown rendered safely (no raw HTML), or plain text as-is. `content` arrives with variables already replaced. */
export function TextPanel({ panel, content = panel.options.content }: { panel: TextPanelModel; content?: string }) {
  if (panel.options.mode === 'text') {
    return (
      <div className="panel-text is-plain" data-testid="text-panel" data-mode="text">
        {content}
      </div>
    );
  }
  return (
    <div className="panel-text is-markdown" data-testid="text-panel" data-mode="markdown">
      <Suspense fallback={<div className="panel-text__source">{content}</div>}>
        <Markdown content={content} />
      </Suspense>
    </div>
  );
}
