/**
 * Text panels. Markdown stays markdown (rendered safely by the panel); HTML is never kept as markup: it becomes
 * its visible text, with block elements turned into line breaks, so nothing from an imported file can run.
 */
import { textOptions } from '../model';
import type { z } from 'zod';
import { rec, str, type Json } from './read';
import type { PanelWarn } from './warnings';

const MAX_CONTENT = 64 * 1024;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === '#') {
      const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

/** The visible text of an HTML fragment. */
export function htmlToText(html: string): string {
  return decodeEntities(
    html
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style|iframe|object|template)\b[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<li\b[^>]*>/gi, '\n- ')
      .replace(/<br\s*\/?>|<\/(p|div|h[1-6]|tr|ul|ol|table|pre|blockquote|section)\s*>/gi, '\n')
      .replace(/<(td|th)\b[^>]*>/gi, ' ')
      .replace(/<[^>]*>/g, ''),
  )
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export function textPanelOptions(p: Json, warn: PanelWarn): z.infer<typeof textOptions> {
  const options = rec(p.options) ?? {};
  // Grafana < 7 kept `mode` and `content` on the panel itself.
  const mode = str(options.mode) ?? str(p.mode) ?? 'markdown';
  let content = str(options.content) ?? str(p.content) ?? '';
  let ours: 'markdown' | 'text' = 'markdown';
  if (mode === 'html') {
    content = htmlToText(content);
    ours = 'text';
    warn('html-converted', 'HTML content was converted to plain text (links, images and styling are not kept).');
  } else if (mode === 'code' || mode === 'text') {
    ours = 'text';
  }
  if (content.length > MAX_CONTENT) {
    warn('value-truncated', `Text content was cut to ${MAX_CONTENT} characters.`);
    content = content.slice(0, MAX_CONTENT);
  }
  return { mode: ours, content };
}
