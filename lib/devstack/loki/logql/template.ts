/** The part of Go text/template that line_format and label_format use most: {{.label}}, __line__ and a few functions. */

const FUNCS: Record<string, (s: string) => string> = {
  ToUpper: (s) => s.toUpperCase(),
  ToLower: (s) => s.toLowerCase(),
  upper: (s) => s.toUpperCase(),
  lower: (s) => s.toLowerCase(),
  TrimSpace: (s) => s.trim(),
  trim: (s) => s.trim(),
};

function evalAction(action: string, labels: Record<string, string>, line: string, tsNs: string): string {
  const [head, ...pipes] = action.split('|').map((s) => s.trim());
  let v = '';
  const words = head.split(/\s+/);
  const operand = (w: string) => (w.startsWith('.') ? (labels[w.slice(1)] ?? '') : w === '__line__' ? line : w === '__timestamp__' ? new Date(Number(tsNs.slice(0, -6))).toISOString() : w.replace(/^"(.*)"$/, '$1'));
  if (words.length === 2 && FUNCS[words[0]]) v = FUNCS[words[0]](operand(words[1]));
  else v = operand(words[0]);
  for (const p of pipes) v = FUNCS[p] ? FUNCS[p](v) : v;
  return v;
}

/** Render a template against the entry's labels; unknown functions leave their argument unchanged. */
export function renderTemplate(template: string, labels: Record<string, string>, line: string, tsNs: string): string {
  return template.replace(/\{\{-?\s*(.*?)\s*-?\}\}/g, (_, action: string) => evalAction(action, labels, line, tsNs));
}
