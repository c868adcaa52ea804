/**
 * The demo's XSS corpus: text an attacker controls (a log line, an annotation, an event message) that tries every
 * way into the console's DOM: script and event-handler markup, a `javascript:` link inside an ANSI OSC-8 hyperlink,
 * and a right-to-left override that makes `txt.exe` read as `exe.txt`. The console must show it as inert text;
 * `XSS_SENTINEL` lets browser tests find it, and every payload would set `window.__lanternXss` if it ever ran.
 */
const ESC = '\u001b';

export const XSS_SENTINEL = 'lantern-xss-corpus';

export const XSS_PAYLOADS = {
  script: '<script>window.__lanternXss=1</script>',
  onerror: '<img src=x onerror="window.__lanternXss=2">',
  svg: '<svg/onload=window.__lanternXss=3>',
  link: '<a href="javascript:window.__lanternXss=4">open</a>',
  osc8: `${ESC}]8;;javascript:window.__lanternXss=5${ESC}\\details${ESC}]8;;${ESC}\\`,
  bidi: 'invoice_\u202Etxt.exe\u202C',
} as const;

/** One line (or message) carrying every payload, the sentinel first. */
export function hostileText(): string {
  return `${XSS_SENTINEL} rejected input: ${Object.values(XSS_PAYLOADS).join(' ')}`;
}
