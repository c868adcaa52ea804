/**
 * Parses ANSI SGR colour escapes in log lines into styled text segments. Never produces HTML: callers render each
 * segment's `text` as a text node. Every other escape sequence (cursor moves, OSC titles, stray ESC) is removed.
 */

/** A colour: an index 0–255 into the xterm palette, or an RGB triple. */
export type AnsiColor = { index: number } | { rgb: [number, number, number] };

export interface AnsiStyle {
  fg?: AnsiColor;
  bg?: AnsiColor;
  bold?: boolean;
  dim?: boolean;
  italic?: boolean;
  underline?: boolean;
}

export interface AnsiSegment {
  text: string;
  style: AnsiStyle;
}

// CSI (ESC [ params intermediates final), OSC (ESC ] ... BEL or ST), and other two-byte ESC sequences.
const ESCAPES = /\x1b\[([0-?]*)([ -/]*)([@-~])|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]?|\x9b[0-?]*[ -/]*[@-~]/g;

export function parseAnsi(input: string): AnsiSegment[] {
  const segments: AnsiSegment[] = [];
  let style: AnsiStyle = {};
  let last = 0;
  const push = (text: string) => {
    if (text === '') return;
    const prev = segments[segments.length - 1];
    if (prev && prev.style === style) prev.text += text;
    else segments.push({ text, style });
  };
  for (const match of input.matchAll(ESCAPES)) {
    push(input.slice(last, match.index));
    last = match.index + match[0].length;
    // Only CSI "m" with no intermediates is SGR; anything else is dropped.
    if (match[0].startsWith('\x1b[') && match[3] === 'm' && match[2] === '') style = applySgr(style, match[1] ?? '');
  }
  push(input.slice(last));
  return segments;
}

/** Plain text with every escape removed, for search and copy. */
export function stripAnsi(input: string): string {
  return input.replace(ESCAPES, '');
}

function applySgr(current: AnsiStyle, params: string): AnsiStyle {
  // Private-parameter sequences (e.g. "?25") are not SGR.
  if (/[^0-9;:]/.test(params)) return current;
  const codes = params === '' ? [0] : params.split(/[;:]/).map((p) => (p === '' ? 0 : Number(p)));
  const next: AnsiStyle = { ...current };
  for (let i = 0; i < codes.length; i++) {
    const code = codes[i]!;
    if (code === 0) clear(next);
    else if (code === 1) next.bold = true;
    else if (code === 2) next.dim = true;
    else if (code === 3) next.italic = true;
    else if (code === 4) next.underline = true;
    else if (code === 22) (delete next.bold, delete next.dim);
    else if (code === 23) delete next.italic;
    else if (code === 24) delete next.underline;
    else if (code >= 30 && code <= 37) next.fg = { index: code - 30 };
    else if (code === 39) delete next.fg;
    else if (code >= 40 && code <= 47) next.bg = { index: code - 40 };
    else if (code === 49) delete next.bg;
    else if (code >= 90 && code <= 97) next.fg = { index: code - 90 + 8 };
    else if (code >= 100 && code <= 107) next.bg = { index: code - 100 + 8 };
    else if (code === 38 || code === 48) {
      const { color, consumed } = extendedColor(codes, i + 1);
      i += consumed;
      if (color) next[code === 38 ? 'fg' : 'bg'] = color;
    }
    // Any other code (blink, inverse, fonts...) is ignored.
  }
  return sameStyle(current, next) ? current : next;
}

function extendedColor(codes: number[], at: number): { color?: AnsiColor; consumed: number } {
  const mode = codes[at];
  if (mode === 5) {
    const n = codes[at + 1];
    return { color: n !== undefined && n >= 0 && n <= 255 ? { index: n } : undefined, consumed: 2 };
  }
  if (mode === 2) {
    const rgb = codes.slice(at + 1, at + 4);
    const valid = rgb.length === 3 && rgb.every((v) => Number.isInteger(v) && v >= 0 && v <= 255);
    return { color: valid ? { rgb: rgb as [number, number, number] } : undefined, consumed: 4 };
  }
  // Unknown sub-mode: skip the rest of this sequence rather than misread its numbers as codes.
  return { consumed: codes.length - at };
}

function clear(style: AnsiStyle) {
  for (const key of Object.keys(style) as (keyof AnsiStyle)[]) delete style[key];
}

function sameStyle(a: AnsiStyle, b: AnsiStyle): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

const BASE_16 = [
  '#1d1f21', '#cc6666', '#8fbf6a', '#e0b34f', '#6f9fd8', '#b48ead', '#5fb3b3', '#c5c8c6',
  '#666a70', '#ff7b7b', '#b5e08a', '#f5d76e', '#8fbcff', '#d6a6e0', '#86d7d7', '#ffffff',
];

/** CSS colour for an ANSI colour (the 16 base colours tuned for a dark background; xterm cube and greys beyond). */
export function ansiColorToCss(color: AnsiColor): string {
  if ('rgb' in color) return `rgb(${color.rgb[0]}, ${color.rgb[1]}, ${color.rgb[2]})`;
  const n = color.index;
  if (n < 16) return BASE_16[n]!;
  if (n < 232) {
    const c = n - 16;
    const level = (v: number) => (v === 0 ? 0 : 55 + v * 40);
    return `rgb(${level(Math.floor(c / 36))}, ${level(Math.floor(c / 6) % 6)}, ${level(c % 6)})`;
  }
  const grey = 8 + (n - 232) * 10;
  return `rgb(${grey}, ${grey}, ${grey})`;
}
