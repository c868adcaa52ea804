/**
 * Newline-delimited JSON for results too big to parse in one go on the browser's main thread: a head line (the
 * result without its items), then one item per line. 1,000 lines of 12 KB JSON are a 12 MB body: `res.json()`
 * decoded and parsed it in two tasks of 235 and 155 ms; read as NDJSON, the browser decodes and parses each network
 * chunk as it arrives and yields between slices of work, so no task holds the thread for long.
 *
 * Both halves live here (the route writes, the browser reads) so the format is defined once. No server-only imports.
 */

export const NDJSON_TYPE = 'application/x-ndjson';

/** Items per chunk written: big enough to keep the stream cheap, small enough that no chunk is megabytes. */
const WRITE_BATCH = 200;

/** The head line, then every item on a line of its own; JSON.stringify escapes newlines inside strings. */
export function ndjsonStream(head: object, items: readonly unknown[]): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let i = -1;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < 0) {
        controller.enqueue(encoder.encode(`${JSON.stringify(head)}\n`));
        i = 0;
        return;
      }
      if (i >= items.length) {
        controller.close();
        return;
      }
      let text = '';
      for (const end = Math.min(items.length, i + WRITE_BATCH); i < end; i++) text += `${JSON.stringify(items[i])}\n`;
      controller.enqueue(encoder.encode(text));
    },
  });
}

/** Lets the browser paint and handle input: `scheduler.yield()` where there is one, else a message-channel turn (not throttled like setTimeout). */
export function yieldToMain(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

export interface ReadNdjsonOptions {
  /** Work done between two yields to the browser (default 12 ms). */
  sliceMs?: number;
  now?: () => number;
  yieldFn?: () => Promise<void>;
}

/**
 * Reads an NDJSON body: the first line is the head, every later line an item. Lines may span any number of chunks
 * (a 5 MB log line arrives in dozens): the chunks of an unfinished line are kept in a list and joined once its
 * newline arrives, so a long line costs linear time. Throws SyntaxError on a line that is not JSON.
 */
export async function readNdjson<H, T>(body: ReadableStream<Uint8Array>, opts: ReadNdjsonOptions = {}): Promise<{ head: H; items: T[] }> {
  const sliceMs = opts.sliceMs ?? 12;
  const now = opts.now ?? (() => performance.now());
  const yieldFn = opts.yieldFn ?? yieldToMain;
  const reader = body.getReader();
  const decoder = new TextDecoder();
  const items: T[] = [];
  let head: H | undefined;
  let sawHead = false;
  let pending: string[] = [];
  let sliceStart = now();

  const take = (line: string) => {
    if (!sawHead) {
      head = JSON.parse(line) as H;
      sawHead = true;
    } else if (line !== '') items.push(JSON.parse(line) as T);
  };
  const feed = async (text: string) => {
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      const part = text.slice(from, nl);
      if (pending.length) {
        pending.push(part);
        take(pending.join(''));
        pending = [];
      } else take(part);
      from = nl + 1;
      if (now() - sliceStart > sliceMs) {
        await yieldFn();
        sliceStart = now();
      }
    }
    if (from < text.length) pending.push(text.slice(from));
  };

  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      await feed(decoder.decode(value, { stream: true }));
      if (now() - sliceStart > sliceMs) {
        await yieldFn();
        sliceStart = now();
      }
    }
    await feed(decoder.decode());
    if (pending.length) take(pending.join(''));
  } finally {
    reader.releaseLock();
  }
  if (!sawHead) throw new SyntaxError('empty NDJSON body: no head line');
  return { head: head as H, items };
}
