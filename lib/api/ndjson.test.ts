import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fetchApiNdjson, isApiError } from '@/lib/queries/api';
import { NDJSON_TYPE, ndjsonStream, readNdjson } from './ndjson';

const bytesOf = async (s: ReadableStream<Uint8Array>) => new Uint8Array(await new Response(s).arrayBuffer());

/** The same bytes, re-cut at the given offsets (as a network would). */
function rechunk(bytes: Uint8Array, cuts: number[]): ReadableStream<Uint8Array> {
  const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Uint8Array[] = [];
  let from = 0;
  for (const c of [...at, bytes.length]) {
    if (c > from) parts.push(bytes.slice(from, c));
    from = Math.max(from, c);
  }
  return new ReadableStream({
    start(controller) {
      for (const p of parts) controller.enqueue(p);
      controller.close();
    },
  });
}

const noYield = { yieldFn: async () => {} };

describe('NDJSON results', () => {
  it('round-trips a head and items through any chunking, multi-byte characters and newlines inside strings included', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ tsNs: fc.bigInt({ min: 0n, max: 2n ** 63n }).map(String), line: fc.string({ unit: 'grapheme' }) }), { maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        async (items, cuts) => {
          const head = { resultType: 'streams', warnings: ['a\nb'] };
          const bytes = await bytesOf(ndjsonStream(head, items));
          await expect(readNdjson(rechunk(bytes, cuts), noYield)).resolves.toEqual({ head, items });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads a 5 MB line that arrives in many chunks', async () => {
    const line = 'é'.repeat(2_500_000);
    const bytes = await bytesOf(ndjsonStream({ n: 1 }, [{ line }]));
    const cuts = Array.from({ length: 200 }, (_, i) => i * 26_000 + 1);
    const { items } = await readNdjson<unknown, { line: string }>(rechunk(bytes, cuts), noYield);
    expect(items[0]!.line.length).toBe(2_500_000);
  });

  it('yields to the browser once a slice of work has taken its time', async () => {
    let clock = 0;
    let yields = 0;
    const items = Array.from({ length: 100 }, (_, i) => ({ i }));
    const bytes = await bytesOf(ndjsonStream({}, items));
    // Every line "takes" 5 ms: with 12 ms slices that is a yield every third line.
    const res = await readNdjson(rechunk(bytes, []), { now: () => (clock += 5), yieldFn: async () => void yields++ });
    expect(res.items).toHaveLength(100);
    expect(yields).toBeGreaterThanOrEqual(30);
  });

  it('fails on a body without a head line or with a line that is not JSON', async () => {
    await expect(readNdjson(rechunk(new Uint8Array(), []), noYield)).rejects.toThrow(/no head line/);
    await expect(readNdjson(rechunk(new TextEncoder().encode('{}\n{"a":\n'), []), noYield)).rejects.toThrow(SyntaxError);
  });

  it('fetchApiNdjson asks for NDJSON, returns the parsed result, and turns errors into ApiError', async () => {
    let accept = '';
    const ok = await fetchApiNdjson('/api/loki/query_range', { q: 'x' }, undefined, async (_url, init) => {
      accept = String((init?.headers as Record<string, string>).accept);
      return new Response(ndjsonStream({ resultType: 'streams' }, [{ line: 'a' }]), { headers: { 'content-type': NDJSON_TYPE } });
    });
    expect(accept).toContain(NDJSON_TYPE);
    expect(ok).toEqual({ head: { resultType: 'streams' }, items: [{ line: 'a' }] });

    const loki = await fetchApiNdjson('/api/loki/query_range', {}, undefined, async () =>
      Response.json({ error: { message: 'max entries limit per query exceeded', kind: 'upstream', status: 400, datasource: 'loki' } }, { status: 400 }),
    ).catch((e) => e);
    expect(isApiError(loki) && loki.message).toBe('max entries limit per query exceeded');

    const html = await fetchApiNdjson('/api/x', {}, undefined, async () => new Response('<html>', { status: 200, headers: { 'content-type': 'text/html' } })).catch((e) => e);
    expect(html).toMatchObject({ kind: 'bad_response' });
    const broken = await fetchApiNdjson('/api/x', {}, undefined, async () => new Response('{}\n{nope\n', { headers: { 'content-type': NDJSON_TYPE } })).catch((e) => e);
    expect(broken).toMatchObject({ kind: 'bad_response' });
  });
});
