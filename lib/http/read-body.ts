import 'server-only';

export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`response body exceeds the ${limit}-byte limit`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Read a body as UTF-8, failing as soon as it passes `limit` bytes, so a runaway query cannot exhaust the
 * server's memory. The stream is cancelled on overflow.
 */
export async function readBodyCapped(res: Response, limit: number): Promise<string> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await res.body?.cancel().catch(() => undefined);
    throw new BodyTooLargeError(limit);
  }
  if (!res.body) return '';
  const reader = res.body.getReader();
  const decoder = new TextDecoder('utf-8');
  const parts: string[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limit);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join('');
}
