import { memo, type CSSProperties } from 'react';
import { ansiColorToCss, parseAnsi, type AnsiStyle } from '@/lib/ansi/parse-ansi';

/** A log line with its ANSI colours as styled spans. Every segment is a text node: no HTML is ever interpreted. */
export const AnsiText = memo(function AnsiText({ text }: { text: string }) {
  if (!text.includes('\x1b') && !text.includes('\x9b')) return <>{text}</>;
  return (
    <>
      {parseAnsi(text).map((seg, i) =>
        isPlain(seg.style) ? (
          <span key={i}>{seg.text}</span>
        ) : (
          <span key={i} style={ansiStyleCss(seg.style)}>
            {seg.text}
          </span>
        ),
      )}
    </>
  );
});

function isPlain(style: AnsiStyle): boolean {
  return Object.keys(style).length === 0;
}

/** Inline style of an ANSI-styled segment (colours, weight, dim, italic, underline): properties, never markup. */
export function ansiStyleCss(style: AnsiStyle): CSSProperties {
  return {
    color: style.fg ? ansiColorToCss(style.fg) : undefined,
    backgroundColor: style.bg ? ansiColorToCss(style.bg) : undefined,
    fontWeight: style.bold ? 600 : undefined,
    opacity: style.dim ? 0.65 : undefined,
    fontStyle: style.italic ? 'italic' : undefined,
    textDecoration: style.underline ? 'underline' : undefined,
  };
}
