import { memo, useMemo, type CSSProperties, type ReactNode } from 'react';
import { parseAnsi, type AnsiStyle } from '@/lib/ansi/parse-ansi';
import { ansiStyleCss } from './AnsiText';
import { matchRanges } from '@/lib/logs/highlight';
import { prettifyJson, truncateLine } from '@/lib/logs/line-text';

interface LineTextProps {
  line: string;
  /** Positive line filter terms to mark (lib/logs/highlight.ts). */
  pattern?: RegExp | null;
  pretty?: boolean;
  /** Show all of a line over 16 KB. */
  expanded?: boolean;
  onExpand?: () => void;
}

/**
 * A log line as text nodes only: ANSI colours become styled spans, filter matches `<mark>`, JSON optionally
 * indented, and lines over 16 KB cut with a control to show the rest. Nothing in the line is ever read as HTML.
 */
export const LineText = memo(function LineText({ line, pattern, pretty, expanded, onExpand }: LineTextProps) {
  const { text, truncatedBytes } = useMemo(() => {
    const shown = expanded ? { text: line, truncatedBytes: 0 } : truncateLine(line);
    return pretty ? { ...shown, text: prettifyJson(shown.text) } : shown;
  }, [line, pretty, expanded]);
  const content = useMemo(() => render(text, pattern ?? null), [text, pattern]);
  return (
    <>
      {content}
      {truncatedBytes > 0 && (
        <button
          type="button"
          className="log-row__expand"
          data-testid="log-line-expand"
          onClick={(e) => {
            e.stopPropagation();
            onExpand?.();
          }}
        >
          … {truncatedBytes.toLocaleString('en')} more bytes
        </button>
      )}
    </>
  );
});

function render(text: string, pattern: RegExp | null): ReactNode {
  const hasAnsi = text.includes('\x1b') || text.includes('\x9b');
  const segments = hasAnsi ? parseAnsi(text) : [{ text, style: {} as AnsiStyle }];
  const plain = hasAnsi ? segments.map((s) => s.text).join('') : text;
  const ranges = matchRanges(plain, pattern);
  if (!hasAnsi && !ranges.length) return text;
  const out: ReactNode[] = [];
  let offset = 0;
  let r = 0;
  segments.forEach((seg, si) => {
    const style = toCss(seg.style);
    const end = offset + seg.text.length;
    let at = offset;
    const pieces: ReactNode[] = [];
    while (at < end) {
      while (r < ranges.length && ranges[r]![1] <= at) r++;
      const range = ranges[r];
      if (!range || range[0] >= end) {
        pieces.push(seg.text.slice(at - offset));
        break;
      }
      if (range[0] > at) {
        pieces.push(seg.text.slice(at - offset, range[0] - offset));
        at = range[0];
      }
      const stop = Math.min(range[1], end);
      pieces.push(
        <mark key={`${si}:${at}`} className="log-row__match" data-testid="log-match">
          {seg.text.slice(at - offset, stop - offset)}
        </mark>,
      );
      at = stop;
    }
    out.push(
      style ? (
        <span key={si} style={style}>
          {pieces}
        </span>
      ) : (
        <span key={si}>{pieces}</span>
      ),
    );
    offset = end;
  });
  return out;
}

function toCss(style: AnsiStyle): CSSProperties | undefined {
  return Object.keys(style).length === 0 ? undefined : ansiStyleCss(style);
}
