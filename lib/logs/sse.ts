/**
 * Server-Sent Events framing for the live tail relay: the route writes events, the browser reads them from a fetch
 * body (not EventSource, whose automatic reconnect would replay lines and hide error bodies). Pure.
 */

export interface SseEvent {
  event: string;
  data: string;
}

/** One event: `event:` line, the data split into `data:` lines, a blank line. */
export function encodeSse(event: string, data: unknown): string {
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  return `event: ${event}\n${text.split(/\r\n|\r|\n/).map((l) => `data: ${l}`).join('\n')}\n\n`;
}

/** A comment line: keeps proxies from closing an idle stream. */
export const SSE_PING = ': ping\n\n';

/** Incremental parser: feed text chunks as they arrive, get the completed events. */
export class SseParser {
  private buffer = '';
  private event = 'message';
  private data: string[] = [];

  push(chunk: string): SseEvent[] {
    this.buffer += chunk;
    const out: SseEvent[] = [];
    for (;;) {
      const nl = /\r\n|\r|\n/.exec(this.buffer);
      if (!nl) break;
      const line = this.buffer.slice(0, nl.index);
      this.buffer = this.buffer.slice(nl.index + nl[0].length);
      if (line === '') {
        if (this.data.length) out.push({ event: this.event, data: this.data.join('\n') });
        this.event = 'message';
        this.data = [];
        continue;
      }
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'event') this.event = value;
      else if (field === 'data') this.data.push(value);
    }
    return out;
  }
}
