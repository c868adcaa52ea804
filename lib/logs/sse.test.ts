import { describe, expect, it } from 'vitest';
import { SSE_PING, SseParser, encodeSse } from './sse';

describe('SSE framing', () => {
  it('round-trips events split at any byte, comments ignored', () => {
    const text = encodeSse('entries', { entries: [{ line: 'a\nb' }] }) + SSE_PING + encodeSse('note', 'two\nlines');
    for (let cut = 0; cut <= text.length; cut++) {
      const p = new SseParser();
      const events = [...p.push(text.slice(0, cut)), ...p.push(text.slice(cut))];
      expect(events).toEqual([
        { event: 'entries', data: '{"entries":[{"line":"a\\nb"}]}' },
        { event: 'note', data: 'two\nlines' },
      ]);
    }
  });

  it('waits for the blank line that ends an event', () => {
    const p = new SseParser();
    expect(p.push('event: x\ndata: 1\n')).toEqual([]);
    expect(p.push('\n')).toEqual([{ event: 'x', data: '1' }]);
  });
});
