'use client';

import ReactMarkdown, { type Components } from 'react-markdown';

// Links from dashboard JSON open in a new tab and pass no referrer or opener.
const components: Components = {
  a: ({ href, children }) => (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ),
};

/**
 * Markdown to React elements. `skipHtml` drops raw HTML instead of rendering it (react-markdown never uses
 * innerHTML), and react-markdown's default URL filter turns `javascript:` and other unsafe links into empty ones.
 * Loaded lazily by TextPanel, so dashboards without text panels do not download it.
 */
export default function Markdown({ content }: { content: string }) {
  return (
    <ReactMarkdown skipHtml components={components}>
      {content}
    </ReactMarkdown>
  );
}
